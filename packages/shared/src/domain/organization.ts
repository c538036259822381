export const ORGANIZATION_KINDS = ['VENDOR', 'PARTNER', 'CUSTOMER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const REGIONS = ['NORTH_AMERICA', 'EMEA', 'APAC', 'LATAM'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  NORTH_AMERICA: 'North America',
  EMEA: 'EMEA',
  APAC: 'APAC',
  LATAM: 'LATAM',
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  VENDOR: 'Vendor',
  PARTNER: 'Partner',
  CUSTOMER: 'Customer',
};
