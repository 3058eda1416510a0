/** The four modules in the order the console shows them (the score columns, charts and summaries). */
export const MODULES = ['SELECTION', 'OPERATIONS', 'ADS', 'FULFILLMENT'] as const;
export type ModuleKey = (typeof MODULES)[number];
