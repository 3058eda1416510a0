import { imageScore, listingQuality, titleMissFactor } from './listing-quality';
import { fixtureModel } from '../testing/fixture-scenario';

const q = fixtureModel().quality;

describe('listing quality', () => {
  it.each([
    [0, 0],
    [1, (1 / 8) * (1 / 3)],
    [4, 0.5],
    [8, 1],
    [12, 1],
  ])('%p images -> %p', (n, v) => expect(imageScore(n, q.imagesMin, q.imagesIdeal)).toBeCloseTo(v, 10));
  it('complete localised listing scores 1, capped with storefront bonus', () => {
    const full = { localised: true, images: 8, attributesFilled: 10, attributes: 10, relevantTitleKeywords: 5 };
    expect(listingQuality(q, full, 5, 0)).toBeCloseTo(1, 10);
    expect(listingQuality(q, full, 5, 0.1)).toBe(1);
    expect(listingQuality(q, { ...full, localised: false }, 5, 0)).toBeCloseTo(0.7, 10);
  });
  it('a keyword missing from the title keeps the non-title share of relevance', () =>
    expect(titleMissFactor(q)).toBeCloseTo(0.8, 10));
});
