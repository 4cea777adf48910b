import { Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  Form,
  NumberInput,
  SaveButton,
  Title,
  Toolbar,
  minValue,
  number,
  required,
  useCanAccess,
  useDataProvider,
  useNotify,
  useTranslate,
  type HttpError,
} from 'react-admin';
import type { ServiceRules, ServiceRulesInput } from '../../../../schema/generated/graphql';
import type { AppDataProvider } from '../../dataProvider';
import type { ApiErrorBody } from '../../dataProvider/errors';

const GROUPS: Array<{ title: string; fields: Array<keyof ServiceRules> }> = [
  { title: 'app.order.rules.sla', fields: ['nearKm', 'middleKm', 'nearHours', 'middleHours', 'farHours'] },
  { title: 'app.order.rules.factors', fields: ['vipFactor', 'contractFactor'] },
  { title: 'app.order.rules.repairs', fields: ['repeatRepairDays', 'exchangeAfterRepairs', 'reworkScoreAtMost'] },
];
const FIELDS = GROUPS.flatMap((group) => group.fields);

/** 服务规则: the thresholds orders are judged by (SLA bands, service-level factors, repeat repair, 三包, rework). */
export const ServiceRulesPage = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const { canAccess: mayChange } = useCanAccess({ resource: 'serviceRules', action: 'edit' });
  const { data: rules, refetch } = useQuery({
    queryKey: ['serviceRules'],
    queryFn: async () => (await dataProvider.serviceRules()).data,
  });

  const save = async (values: Record<string, unknown>) => {
    // Only what changed is sent: the audit log then shows just that.
    const changed: ServiceRulesInput = Object.fromEntries(
      FIELDS.filter((field) => Number(values[field]) !== rules?.[field]).map((field) => [field, Number(values[field])]),
    );
    try {
      await dataProvider.updateServiceRules(changed);
      notify('app.order.rules.saved', { type: 'success' });
      await refetch();
      return undefined;
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return ((error as HttpError).body as ApiErrorBody | undefined)?.errors;
    }
  };

  return (
    <Card sx={{ mt: 1 }}>
      <Title title="app.menu.serviceRules" />
      {!rules ? (
        <LinearProgress />
      ) : (
        <Form record={{ id: 'serviceRules', ...rules }} onSubmit={save} resource="serviceRules">
          <CardContent>
            {GROUPS.map((group) => (
              <Stack key={group.title} sx={{ mb: 2 }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                  {translate(group.title)}
                </Typography>
                <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} useFlexGap flexWrap="wrap">
                  {group.fields.map((field) => (
                    <NumberInput
                      key={field}
                      source={field}
                      validate={[required(), number(), minValue(0)]}
                      readOnly={!mayChange}
                      fullWidth={false}
                      sx={{ width: 300 }}
                    />
                  ))}
                </Stack>
              </Stack>
            ))}
          </CardContent>
          {mayChange && (
            <Toolbar>
              <SaveButton />
            </Toolbar>
          )}
        </Form>
      )}
    </Card>
  );
};
