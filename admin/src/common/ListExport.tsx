import type { Exporter } from 'react-admin';
import { useResourceContext } from 'react-admin';
import type { QueryRoot } from '../../../schema/generated/graphql';
import { ListExportButton } from '../analytics/ListExportButton';
import { ExportButton } from './ExportButton';

/** The lists the server exports (the roots of ad-hoc queries); the type keeps this in step with the schema. */
const SERVER_EXPORTED: Record<QueryRoot, true> = {
  apiKeys: true,
  auditEntries: true,
  brands: true,
  codeGroups: true,
  codes: true,
  complaints: true,
  customers: true,
  feeRules: true,
  manufacturers: true,
  orderParts: true,
  parts: true,
  productCategories: true,
  productUnits: true,
  products: true,
  qualityFeedbacks: true,
  regions: true,
  returnRequests: true,
  serviceOrders: true,
  serviceStations: true,
  technicians: true,
  users: true,
  warehouses: true,
};

/**
 * 导出: every row of the list as filtered, written by the server as CSV or XLSX; lists the server
 * does not export yet (stock documents and the ledger) are exported here, page by page.
 */
export const ListExport = ({ exporter }: { exporter?: Exporter }) => {
  const resource = useResourceContext();
  return resource && resource in SERVER_EXPORTED ? <ListExportButton /> : <ExportButton exporter={exporter} />;
};
