import { useEffect, useMemo, useState, type FormEvent } from 'react';
import DeleteIcon from '@mui/icons-material/Delete';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SaveIcon from '@mui/icons-material/Save';
import {
  Autocomplete,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Grid,
  IconButton,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { QueryBuilder, type RuleGroupType } from 'react-querybuilder';
import { QueryBuilderMaterial } from '@react-querybuilder/material';
import 'react-querybuilder/dist/query-builder.css';
import { Button, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { toHttpError } from '../dataProvider/errors';
import { readSession } from '../session';
import type { QueryResult, SavedQuery } from './analyticsApi';
import { emptyFilter, fromDefinition, sameDefinition, toDefinition, type QueryDraft } from './definition';
import { ExportMenu } from './ExportMenu';
import { useBuilderFields, useRefOptions } from './QueryFields';
import { ResultView } from './ResultView';
import { ShapeEditor } from './ShapeEditor';
import { useAnalytics } from './useAnalytics';

const ROLES = ['ADMIN', 'DISPATCHER', 'TECHNICIAN', 'PARTS_KEEPER', 'OPERATIONS_REVIEWER', 'FINANCE_REVIEWER', 'MANAGER', 'ANALYST'];
/** Who may share queries with roles (the API's rule: analysts and managers, and administrators). */
const mayShare = () => (readSession()?.viewer.roles ?? []).some((r) => ['admin', 'analyst', 'manager', 'ADMIN', 'ANALYST', 'MANAGER'].includes(r));

/**
 * 即席查询: a visual builder (react-querybuilder with its MUI controls) over the API's field
 * catalogue, columns or groups with figures, a table and a chart of the result, saved queries
 * (private or shared with roles) and the server-side export of the whole result.
 */
export const QueryPage = () => {
  const api = useAnalytics();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { id } = useParams<{ id?: string }>();
  const t = (key: string, args?: Record<string, unknown>) => translate(`app.analytics.${key}`, args);
  // Names come from the API in the panel's language: a language switch asks again.
  const [locale] = useLocaleState();

  const { data: roots = [] } = useQuery({ queryKey: ['queryRoots', locale], queryFn: () => api.queryRoots() });
  const { data: saved = [], refetch: refetchSaved } = useQuery({ queryKey: ['savedQueries'], queryFn: () => api.savedQueries() });
  const [draft, setDraft] = useState<QueryDraft | undefined>();
  const [current, setCurrent] = useState<SavedQuery | undefined>();
  const root = draft?.root ?? roots[0]?.root;
  const { data: catalogue } = useQuery({ queryKey: ['queryCatalogue', root, locale], enabled: !!root, queryFn: () => api.queryCatalogue(root!) });
  const options = useRefOptions(roots, catalogue);
  const { fields, editorType, inputType, values, defaultValue } = useBuilderFields(catalogue, options);
  const [result, setResult] = useState<QueryResult | undefined>();
  const [paging, setPaging] = useState({ page: 1, perPage: 50 });
  const [running, setRunning] = useState(false);
  const [saving, setSaving] = useState<'save' | 'saveAs' | null>(null);

  // A new root starts from its default columns; a saved query from its own definition.
  useEffect(() => {
    if (!draft && catalogue) setDraft({ root: catalogue.root, filter: emptyFilter(), columns: catalogue.defaultColumns, groupBy: [], aggregates: [] });
  }, [catalogue, draft]);
  useEffect(() => {
    const found = saved.find((s) => s.id === id);
    if (!found || found.id === current?.id) return;
    const rootInfo = roots.find((r) => r.root === found.root);
    setCurrent(found);
    setDraft(fromDefinition(found.definition, rootInfo?.defaultColumns ?? []));
    setResult(undefined);
  }, [id, saved, roots, current]);

  const definition = useMemo(() => (draft ? toDefinition(draft) : undefined), [draft]);

  const run = async (page = 1, perPage = paging.perPage) => {
    if (!definition) return;
    setRunning(true);
    try {
      setResult(await api.runQuery(definition, page, perPage));
      setPaging({ page, perPage });
    } catch (error) {
      notify(toHttpError(error).message, { type: 'error', autoHideDuration: 10000 });
    } finally {
      setRunning(false);
    }
  };

  const changeRoot = (next: string) => {
    const info = roots.find((r) => r.root === next);
    setDraft({ root: next, filter: emptyFilter(), columns: info?.defaultColumns ?? [], groupBy: [], aggregates: [] });
    setCurrent(undefined);
    setResult(undefined);
    navigate('/queries');
  };

  const remove = async (q: SavedQuery) => {
    try {
      await api.deleteSavedQuery(q.id);
      notify('app.analytics.saved.deleted', { type: 'info' });
      if (current?.id === q.id) {
        setCurrent(undefined);
        navigate('/queries');
      }
      await refetchSaved();
    } catch (error) {
      notify(toHttpError(error).message, { type: 'error' });
    }
  };

  const me = readSession()?.viewer.id;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="app.analytics.title" />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 3 }}>
          <Card>
            <CardContent>
              <Stack direction="row" justifyContent="space-between" alignItems="center">
                <Typography variant="subtitle1">{t('saved.title')}</Typography>
                <MuiButton size="small" onClick={() => changeRoot(root ?? roots[0]?.root)}>
                  {t('saved.new')}
                </MuiButton>
              </Stack>
              {saved.length === 0 && (
                <Typography variant="body2" color="text.secondary">
                  {t('saved.none')}
                </Typography>
              )}
              <List dense aria-label={t('saved.title')}>
                {saved.map((q) => (
                  <ListItemButton key={q.id} selected={q.id === current?.id} onClick={() => navigate(`/queries/${q.id}`)}>
                    <ListItemText
                      primary={q.name}
                      secondary={`${roots.find((r) => r.root === q.root)?.label ?? q.root}${q.ownerId === me ? '' : ` · ${t('saved.by', { owner: q.ownerName ?? '' })}`}`}
                    />
                    {q.ownerId === me && (
                      <IconButton
                        edge="end"
                        size="small"
                        aria-label={t('saved.delete', { name: q.name })}
                        onClick={(e) => {
                          e.stopPropagation();
                          void remove(q);
                        }}
                      >
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    )}
                  </ListItemButton>
                ))}
              </List>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 9 }}>
          <Card>
            <CardContent>
              <Stack spacing={2}>
                <Stack direction="row" spacing={2} alignItems="center">
                  <TextField select size="small" sx={{ minWidth: 200 }} label={t('root')} value={root ?? ''} onChange={(e) => changeRoot(e.target.value)} data-testid="query-root">
                    {roots.map((r) => (
                      <MenuItem key={r.root} value={r.root}>
                        {r.label}
                      </MenuItem>
                    ))}
                  </TextField>
                  {current && <Typography variant="h6">{current.name}</Typography>}
                </Stack>
                <Divider textAlign="left">{t('filter')}</Divider>
                {draft && catalogue && (
                  <Box data-testid="query-builder">
                    <QueryBuilderMaterial>
                      <QueryBuilder
                        fields={fields}
                        query={draft.filter}
                        onQueryChange={(filter: RuleGroupType) => setDraft({ ...draft, filter })}
                        combinators={[
                          { name: 'and', value: 'and', label: translate('enums.QueryCombinator.and') },
                          { name: 'or', value: 'or', label: translate('enums.QueryCombinator.or') },
                        ]}
                        getValueEditorType={editorType}
                        getInputType={inputType}
                        getValues={values}
                        getDefaultValue={defaultValue}
                        listsAsArrays
                        showNotToggle
                        resetOnFieldChange
                        resetOnOperatorChange
                        translations={{
                          addRule: { label: `+ ${t('rqb.addRule')}`, title: t('rqb.addRule') },
                          addGroup: { label: `+ ${t('rqb.addGroup')}`, title: t('rqb.addGroup') },
                          removeRule: { label: '⨯', title: t('rqb.remove') },
                          removeGroup: { label: '⨯', title: t('rqb.remove') },
                          notToggle: { label: t('rqb.not'), title: t('rqb.not') },
                          fields: { title: t('rqb.fields'), placeholderLabel: t('rqb.fields'), placeholderName: '~' },
                          value: { title: t('rqb.value') },
                        }}
                      />
                    </QueryBuilderMaterial>
                  </Box>
                )}
                <Divider textAlign="left">{t('shape')}</Divider>
                {draft && catalogue && <ShapeEditor catalogue={catalogue} draft={draft} onChange={setDraft} />}
                <Stack direction="row" spacing={1}>
                  <Button label="app.analytics.run" variant="contained" onClick={() => void run(1)} disabled={!definition || running}>
                    <PlayArrowIcon />
                  </Button>
                  <Button label="app.analytics.saved.save" onClick={() => setSaving(current && current.ownerId === me ? 'save' : 'saveAs')} disabled={!definition}>
                    <SaveIcon />
                  </Button>
                  {current && current.ownerId === me && <Button label="app.analytics.saved.save_as" onClick={() => setSaving('saveAs')} disabled={!definition} />}
                  <ExportMenu disabled={!definition} source={() => (current && sameDefinition(current.definition, definition) ? { savedQueryId: current.id } : { query: definition })} />
                </Stack>
                {running && <LinearProgress aria-label={t('running')} />}
              </Stack>
            </CardContent>
          </Card>
          {result && (
            <Card sx={{ mt: 2 }}>
              <CardContent>
                <ResultView result={result} page={paging.page} perPage={paging.perPage} onPage={(p, pp) => void run(p, pp)} />
              </CardContent>
            </Card>
          )}
        </Grid>
      </Grid>
      {saving && definition && (
        <SaveDialog
          initial={saving === 'save' ? current : undefined}
          onClose={() => setSaving(null)}
          onSave={async (form) => {
            try {
              const savedQuery =
                saving === 'save' && current
                  ? await api.updateSavedQuery(current.id, { ...form, definition })
                  : await api.createSavedQuery({ ...form, definition });
              notify('app.analytics.saved.saved', { type: 'info', messageArgs: { name: savedQuery.name } });
              setSaving(null);
              await refetchSaved();
              setCurrent(savedQuery);
              navigate(`/queries/${savedQuery.id}`);
            } catch (error) {
              notify(toHttpError(error).message, { type: 'error', autoHideDuration: 10000 });
            }
          }}
        />
      )}
    </Box>
  );
};

interface SaveForm {
  name: string;
  description: string | null;
  sharedWithRoles?: string[];
}

const SaveDialog = ({ initial, onClose, onSave }: { initial?: SavedQuery; onClose: () => void; onSave: (form: SaveForm) => Promise<void> }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.analytics.saved.${key}`);
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [roles, setRoles] = useState<string[]>(initial?.sharedWithRoles ?? []);
  const share = mayShare();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void onSave({ name: name.trim(), description: description.trim() || null, ...(share ? { sharedWithRoles: roles } : {}) });
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit}>
        <DialogTitle>{t('save')}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth margin="dense" label={t('name')} value={name} onChange={(e) => setName(e.target.value)} slotProps={{ htmlInput: { maxLength: 100 } }} name="queryName" />
          <TextField fullWidth margin="dense" multiline minRows={2} label={t('description')} value={description} onChange={(e) => setDescription(e.target.value)} />
          {share && (
            <Autocomplete
              multiple
              options={ROLES}
              value={roles}
              getOptionLabel={(r) => translate(`enums.Role.${r}`)}
              onChange={(_, v) => setRoles(v)}
              renderInput={(params) => <TextField {...params} margin="dense" label={t('share')} />}
            />
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton type="submit" variant="contained" disabled={!name.trim()}>
            {translate('ra.action.save')}
          </MuiButton>
        </DialogActions>
      </form>
    </Dialog>
  );
};
