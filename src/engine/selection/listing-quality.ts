/** Listing information quality 0..1 (localisation, images, attributes, title). */
import type { ScenarioModel } from '../../scenario/scenario.schema';

export interface QualityInput {
  localised: boolean;
  images: number;
  attributesFilled: number;
  attributes: number;
  /** Title keywords of the listing's market relevant (> 0) to its product. */
  relevantTitleKeywords: number;
}

/**
 * 0 images -> 0; linear up to imagesIdeal (no gain past it); below imagesMin
 * the linear score is scaled down again by images / imagesMin.
 */
export function imageScore(images: number, imagesMin: number, imagesIdeal: number): number {
  if (images <= 0) return 0;
  const linear = Math.min(1, images / imagesIdeal);
  return images < imagesMin ? linear * (images / imagesMin) : linear;
}

/** Share of maxTitleKeywords filled with relevant keywords (capped at 1). */
export function titleScore(relevantTitleKeywords: number, maxTitleKeywords: number): number {
  return Math.min(1, relevantTitleKeywords / maxTitleKeywords);
}

export function listingQuality(
  quality: ScenarioModel['quality'],
  input: QualityInput,
  maxTitleKeywords: number,
  storefrontBonus: number,
): number {
  const w = quality.weights;
  const total = w.localised + w.images + w.attributes + w.title;
  const attrs = input.attributes > 0 ? Math.min(1, input.attributesFilled / input.attributes) : 1;
  const raw =
    total > 0
      ? (w.localised * (input.localised ? 1 : 0) +
          w.images * imageScore(input.images, quality.imagesMin, quality.imagesIdeal) +
          w.attributes * attrs +
          w.title * titleScore(input.relevantTitleKeywords, maxTitleKeywords)) /
        total
      : 1;
  return Math.min(1, raw + storefrontBonus);
}

/**
 * Relevance multiplier of a keyword missing from the title: the share of
 * listing quality that is not about the title (title weight / all weights
 * is what a title hit adds).
 */
export function titleMissFactor(quality: ScenarioModel['quality']): number {
  const w = quality.weights;
  const total = w.localised + w.images + w.attributes + w.title;
  return total > 0 ? 1 - w.title / total : 1;
}
