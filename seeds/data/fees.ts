import { DistanceBand, ServiceKind } from '../../api/src/modules/fee/fee-enums';

/**
 * The fee table (yuan). Labour is priced per product category and service kind; a top-level
 * category's price applies to each of its sub-categories unless the sub-category names its own
 * (fee rules match a product's own category). Premium brands charge more labour whatever the category.
 */
type Prices = Partial<Record<ServiceKind, number>>;

const { ON_SITE_REPAIR: ON_SITE, IN_SHOP_REPAIR: IN_SHOP, INSTALLATION: INSTALL, MAINTENANCE: SERVICE } = ServiceKind;

export const LABOUR_BY_CATEGORY: Record<string, Prices> = {
  AC: { [ON_SITE]: 120, [IN_SHOP]: 80, [INSTALL]: 150, [SERVICE]: 100 },
  'AC-FLOOR': { [INSTALL]: 200 },
  'AC-CENTRAL': { [ON_SITE]: 300, [INSTALL]: 1200, [SERVICE]: 400 },
  WM: { [ON_SITE]: 80, [IN_SHOP]: 50, [INSTALL]: 30, [SERVICE]: 80 },
  'WM-COMBO': { [ON_SITE]: 100 },
  RF: { [ON_SITE]: 100, [IN_SHOP]: 60, [INSTALL]: 30, [SERVICE]: 60 },
  'RF-SBS': { [ON_SITE]: 120 },
  'RF-MULTI': { [ON_SITE]: 120 },
  WH: { [ON_SITE]: 80, [IN_SHOP]: 50, [INSTALL]: 120, [SERVICE]: 100 },
  'WH-HEATPUMP': { [ON_SITE]: 150, [INSTALL]: 500 },
  TV: { [ON_SITE]: 80, [IN_SHOP]: 60, [INSTALL]: 60 },
  'TV-LASER': { [ON_SITE]: 150, [INSTALL]: 200 },
};

/** Anything not priced above. */
export const LABOUR_DEFAULT: Required<Prices> = { [ON_SITE]: 100, [IN_SHOP]: 60, [INSTALL]: 100, [SERVICE]: 80 };

/** Brand codes of seeds/data/catalog.ts with premium labour. */
export const LABOUR_BY_BRAND: Record<string, Prices> = {
  CASARTE: { [ON_SITE]: 200, [INSTALL]: 300 },
  COLMO: { [ON_SITE]: 200, [INSTALL]: 300 },
};

/** Visit fees by distance band, for the service kinds that send someone out. */
export const VISIT_FEES: Partial<Record<ServiceKind, Record<DistanceBand, number>>> = {
  [ON_SITE]: { [DistanceBand.NEAR]: 30, [DistanceBand.MIDDLE]: 50, [DistanceBand.FAR]: 100 },
  [INSTALL]: { [DistanceBand.NEAR]: 0, [DistanceBand.MIDDLE]: 30, [DistanceBand.FAR]: 80 },
  [SERVICE]: { [DistanceBand.NEAR]: 30, [DistanceBand.MIDDLE]: 50, [DistanceBand.FAR]: 100 },
};

export const SERVICE_KIND_NAMES: Record<ServiceKind, string> = {
  [ON_SITE]: '上门维修',
  [IN_SHOP]: '送修',
  [INSTALL]: '安装',
  [SERVICE]: '保养',
};

export const BAND_NAMES: Record<DistanceBand, string> = {
  [DistanceBand.NEAR]: '5公里内',
  [DistanceBand.MIDDLE]: '50公里内',
  [DistanceBand.FAR]: '50公里以上',
};
