import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { ImportPage } from './analytics/ImportPage';
import { QueryPage } from './analytics/QueryPage';
import apiKeys from './apiKeys';
import auditEntries from './auditEntries';
import { authProvider } from './authProvider';
import brands from './brands';
import codeGroups from './codeGroups';
import codes from './codes';
import customers from './customers';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import feeRules from './feeRules';
import { i18nProvider } from './i18n';
import { Layout } from './layout';
import manufacturers from './manufacturers';
import parts from './parts';
import productCategories from './productCategories';
import products from './products';
import productUnits from './productUnits';
import regions from './regions';
import serviceOrders from './serviceOrders';
import { AwaitingPartsReport } from './serviceOrders/awaitingParts/AwaitingPartsReport';
import { OverdueOrderList } from './serviceOrders/list/OverdueOrderList';
import { ServiceRulesPage } from './serviceOrders/serviceRules/ServiceRulesPage';
import { TrackingPage } from './serviceOrders/tracking/TrackingPage';
import serviceStations from './serviceStations';
import technicians from './technicians';
import users from './users';
import warehouses from './warehouses';
import borrowings from './borrowings';
import purchaseOrders from './purchaseOrders';
import requisitions from './requisitions';
import stockBalances from './stockBalances';
import stockIns from './stockIns';
import stockMovements from './stockMovements';
import stockOuts from './stockOuts';
import stocktakes from './stocktakes';
import stockTransfers from './stockTransfers';
import { HoldingsPage } from './stock/pages/HoldingsPage';
import { LateReturnsPage } from './stock/pages/LateReturnsPage';
import { ShortagesPage } from './stock/pages/ShortagesPage';
import { StockWorkPage } from './stock/pages/StockWorkPage';
import returnRequests from './returnRequests';
import { ReturnTrackingPage } from './returnRequests/ReturnTrackingPage';
import complaints from './complaints';
import { ComplaintSummaryPage } from './complaints/ComplaintSummaryPage';
import qualityFeedbacks from './qualityFeedbacks';
import { reportRoutes } from './reports';

// Resource names are the API's list queries; the menu groups them (layout/menuGroups.ts).
// No `requireAuth`: with react-router 7 its logout-on-mount redirects to the login page in a loop
// for seconds (marmelab/react-admin#10885); every page checks the session anyway.
export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    disableTelemetry
  >
    <Resource name="serviceOrders" {...serviceOrders}>
      <Route path="overdue" element={<OverdueOrderList />} />
    </Resource>
    <CustomRoutes>
      <Route path="/awaitingParts" element={<AwaitingPartsReport />} />
      <Route path="/serviceRules" element={<ServiceRulesPage />} />
      <Route path="/queries" element={<QueryPage />} />
      <Route path="/queries/:id" element={<QueryPage />} />
      <Route path="/imports" element={<ImportPage />} />
      <Route path="/stockWork" element={<StockWorkPage />} />
      <Route path="/stockShortages" element={<ShortagesPage />} />
      <Route path="/lateReturns" element={<LateReturnsPage />} />
      <Route path="/technicianHoldings" element={<HoldingsPage />} />
      <Route path="/complaintSummary" element={<ComplaintSummaryPage />} />
      {reportRoutes}
    </CustomRoutes>
    {/* The link a dispatcher sends a customer: no login, no menu. */}
    <CustomRoutes noLayout>
      <Route path="/track/:token" element={<TrackingPage />} />
      <Route path="/trackReturn/:token" element={<ReturnTrackingPage />} />
    </CustomRoutes>
    <Resource name="returnRequests" {...returnRequests} />
    <Resource name="complaints" {...complaints} />
    <Resource name="qualityFeedbacks" {...qualityFeedbacks} />
    <Resource name="customers" {...customers} />
    <Resource name="productUnits" {...productUnits} />
    <Resource name="products" {...products} />
    <Resource name="brands" {...brands} />
    <Resource name="manufacturers" {...manufacturers} />
    <Resource name="productCategories" {...productCategories} />
    <Resource name="regions" {...regions} />
    <Resource name="codes" {...codes} />
    <Resource name="codeGroups" {...codeGroups} />
    <Resource name="serviceStations" {...serviceStations} />
    <Resource name="technicians" {...technicians} />
    <Resource name="warehouses" {...warehouses} />
    <Resource name="parts" {...parts} />
    <Resource name="stockBalances" {...stockBalances} />
    <Resource name="stockMovements" {...stockMovements} />
    <Resource name="requisitions" {...requisitions} />
    <Resource name="borrowings" {...borrowings} />
    <Resource name="stockIns" {...stockIns} />
    <Resource name="stockOuts" {...stockOuts} />
    <Resource name="stockTransfers" {...stockTransfers} />
    <Resource name="purchaseOrders" {...purchaseOrders} />
    <Resource name="stocktakes" {...stocktakes} />
    <Resource name="feeRules" {...feeRules} />
    <Resource name="users" {...users} />
    <Resource name="apiKeys" {...apiKeys} />
    <Resource name="auditEntries" {...auditEntries} />
  </Admin>
);
