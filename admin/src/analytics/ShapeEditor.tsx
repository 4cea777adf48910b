import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Autocomplete, Box, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CatalogueField, QueryRootInfo } from './analyticsApi';
import { aggregateKey, groupKey, type QueryDraft } from './definition';

const BUCKETS = ['day', 'week', 'month', 'quarter', 'year'];
const isDate = (f?: CatalogueField) => f?.type === 'date' || f?.type === 'datetime';

/**
 * What the result holds: columns for rows, or groups (dates by day, week, month …) with figures
 * (count, sum, average …); then its sorting and a limit.
 */
export const ShapeEditor = ({ catalogue, draft, onChange }: { catalogue: QueryRootInfo; draft: QueryDraft; onChange: (d: QueryDraft) => void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.analytics.${key}`);
  const fields = catalogue.fields;
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const columnFields = fields.filter((f) => f.column);
  const groupable = fields.filter((f) => f.groupable);
  const aggregatable = fields.filter((f) => f.aggregates.length);
  const grouped = draft.groupBy.length > 0 || draft.aggregates.length > 0;
  const label = (path: string) => byPath.get(path)?.label ?? path;
  const fnLabel = (fn: string) => translate(`enums.QueryAggregateFunction.${fn}`);

  const sortKeys: Array<{ key: string; label: string }> = grouped
    ? [
        ...draft.groupBy.map((g) => ({ key: groupKey(g), label: g.bucket ? `${label(g.field)}（${translate(`enums.DateBucket.${g.bucket}`)}）` : label(g.field) })),
        ...(draft.aggregates.length ? draft.aggregates : [{ fn: 'count' }]).map((a) => ({ key: aggregateKey(a), label: a.field ? `${label(a.field)} · ${fnLabel(a.fn)}` : fnLabel(a.fn) })),
      ]
    : fields.filter((f) => f.sortable).map((f) => ({ key: f.path, label: f.label }));

  return (
    <Stack spacing={2}>
      {!grouped && (
        <Autocomplete
          multiple
          size="small"
          options={columnFields.map((f) => f.path)}
          value={draft.columns}
          getOptionLabel={label}
          groupBy={(path) => (path.includes('.') ? label(path).split(' · ')[0] : catalogue.label)}
          onChange={(_, columns) => onChange({ ...draft, columns })}
          renderInput={(params) => <TextField {...params} label={t('columns')} />}
          data-testid="query-columns"
        />
      )}
      <Autocomplete
        multiple
        size="small"
        options={groupable.map((f) => f.path)}
        value={draft.groupBy.map((g) => g.field)}
        getOptionLabel={label}
        groupBy={(path) => (path.includes('.') ? label(path).split(' · ')[0] : catalogue.label)}
        onChange={(_, paths) =>
          onChange({
            ...draft,
            groupBy: paths.map((field) => draft.groupBy.find((g) => g.field === field) ?? { field, bucket: isDate(byPath.get(field)) ? 'month' : undefined }),
            sort: undefined,
          })
        }
        renderInput={(params) => <TextField {...params} label={t('group_by')} />}
        data-testid="query-group-by"
      />
      {draft.groupBy.some((g) => isDate(byPath.get(g.field))) && (
        <Stack direction="row" spacing={2}>
          {draft.groupBy.map((g, i) =>
            isDate(byPath.get(g.field)) ? (
              <TextField
                key={g.field}
                select
                size="small"
                sx={{ minWidth: 180 }}
                label={`${label(g.field)} · ${t('bucket')}`}
                value={g.bucket ?? 'day'}
                onChange={(e) => onChange({ ...draft, groupBy: draft.groupBy.map((x, j) => (j === i ? { ...x, bucket: e.target.value } : x)), sort: undefined })}
              >
                {BUCKETS.map((b) => (
                  <MenuItem key={b} value={b}>
                    {translate(`enums.DateBucket.${b}`)}
                  </MenuItem>
                ))}
              </TextField>
            ) : null,
          )}
        </Stack>
      )}
      <Box>
        <Typography variant="subtitle2">{t('aggregates')}</Typography>
        {draft.aggregates.map((a, i) => {
          const field = a.field ? byPath.get(a.field) : undefined;
          const fns = field ? field.aggregates : ['count'];
          return (
            <Stack direction="row" spacing={1} key={i} sx={{ mt: 1 }} alignItems="center">
              <TextField
                select
                size="small"
                sx={{ minWidth: 140 }}
                label={t('aggregates')}
                value={a.fn}
                onChange={(e) => onChange({ ...draft, aggregates: draft.aggregates.map((x, j) => (j === i ? { ...x, fn: e.target.value } : x)) })}
              >
                {fns.map((fn) => (
                  <MenuItem key={fn} value={fn}>
                    {fnLabel(fn)}
                  </MenuItem>
                ))}
              </TextField>
              <Autocomplete
                size="small"
                sx={{ minWidth: 320 }}
                options={['', ...aggregatable.map((f) => f.path)]}
                value={a.field ?? ''}
                getOptionLabel={(p) => (p ? label(p) : fnLabel('count'))}
                onChange={(_, p) => {
                  const next = p ? byPath.get(p) : undefined;
                  const fn = next ? (next.aggregates.includes(a.fn) ? a.fn : next.aggregates[0]) : 'count';
                  onChange({ ...draft, aggregates: draft.aggregates.map((x, j) => (j === i ? { fn, field: p || undefined } : x)), sort: undefined });
                }}
                renderInput={(params) => <TextField {...params} label={t('columns')} />}
              />
              <IconButton aria-label={translate('ra.action.remove')} onClick={() => onChange({ ...draft, aggregates: draft.aggregates.filter((_, j) => j !== i), sort: undefined })}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          );
        })}
        <IconButton aria-label={t('add_aggregate')} title={t('add_aggregate')} onClick={() => onChange({ ...draft, aggregates: [...draft.aggregates, { fn: 'count' }] })}>
          <AddIcon />
        </IconButton>
      </Box>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          size="small"
          sx={{ minWidth: 260 }}
          label={t('sort')}
          value={draft.sort?.key ?? ''}
          onChange={(e) => onChange({ ...draft, sort: e.target.value ? { key: e.target.value, direction: draft.sort?.direction ?? 'ASC' } : undefined })}
        >
          <MenuItem value="">—</MenuItem>
          {sortKeys.map((s) => (
            <MenuItem key={s.key} value={s.key}>
              {s.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          sx={{ minWidth: 120 }}
          label=" "
          value={draft.sort?.direction ?? 'ASC'}
          disabled={!draft.sort}
          onChange={(e) => draft.sort && onChange({ ...draft, sort: { ...draft.sort, direction: e.target.value as 'ASC' | 'DESC' } })}
        >
          <MenuItem value="ASC">{t('ascending')}</MenuItem>
          <MenuItem value="DESC">{t('descending')}</MenuItem>
        </TextField>
        <TextField
          size="small"
          type="number"
          sx={{ width: 170 }}
          label={t('limit')}
          value={draft.limit ?? ''}
          onChange={(e) => onChange({ ...draft, limit: e.target.value ? Math.max(1, Number(e.target.value)) : undefined })}
        />
      </Stack>
    </Stack>
  );
};
