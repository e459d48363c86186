export const featurePages = ['prisoners', 'letters', 'parcels', 'money', 'print'] as const;
export type FeaturePageId = (typeof featurePages)[number];
export const pages = [...featurePages, 'settings'] as const;
export type PageId = (typeof pages)[number];
