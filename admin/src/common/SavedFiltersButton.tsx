import { useState, type FormEvent } from 'react';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import CheckIcon from '@mui/icons-material/Check';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, useDataProvider, useListContext, useNotify, useResourceContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { Saved } from '../dataProvider/operations';

const sameFilter = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const canonical = (f: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(f)
        .sort()
        .map((k) => [k, f[k]]),
    );
  return canonical(a) === canonical(b);
};

/** The user's named filters for this list, kept on the server: pick one, save the current filters, delete. */
export const SavedFiltersButton = () => {
  const resource = useResourceContext()!;
  const { filterValues, setFilters } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const { data: saved = [], refetch } = useQuery({
    queryKey: ['savedFilters', resource],
    queryFn: async () => (await dataProvider.savedFilters(resource)).data,
  });

  const apply = (filter: Saved) => {
    setFilters(filter.filter, Object.fromEntries(Object.keys(filter.filter).map((key) => [key, true])), false);
    setAnchor(null);
  };

  const run = async (work: () => Promise<unknown>, message: string, args?: Record<string, unknown>) => {
    try {
      await work();
      notify(message, { type: 'info', messageArgs: args });
      await refetch();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setNaming(false);
    await run(() => dataProvider.saveFilter(resource, trimmed, filterValues), 'app.saved_filters.saved', { name: trimmed });
  };

  const remove = (filter: Saved) => run(() => dataProvider.deleteSavedFilter(filter.id), 'app.saved_filters.deleted');

  const startNaming = () => {
    setName(saved.find((s) => sameFilter(s.filter, filterValues))?.name ?? '');
    setAnchor(null);
    setNaming(true);
  };

  return (
    <>
      <Button label="app.saved_filters.label" onClick={(event) => setAnchor(event.currentTarget)}>
        <BookmarksIcon />
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {saved.length === 0 && (
          <MenuItem disabled>
            <ListItemText>{translate('app.saved_filters.none')}</ListItemText>
          </MenuItem>
        )}
        {saved.map((filter) => (
          <MenuItem key={filter.id} onClick={() => apply(filter)} selected={sameFilter(filter.filter, filterValues)}>
            <ListItemIcon>{sameFilter(filter.filter, filterValues) && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText>{filter.name}</ListItemText>
            <IconButton
              size="small"
              edge="end"
              sx={{ ml: 2 }}
              aria-label={translate('app.saved_filters.delete', { name: filter.name })}
              onClick={(event) => {
                event.stopPropagation();
                void remove(filter);
              }}
            >
              <DeleteIcon fontSize="small" />
            </IconButton>
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={startNaming}>
          <ListItemIcon>
            <SaveIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('app.saved_filters.save_current')}</ListItemText>
        </MenuItem>
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)} fullWidth maxWidth="xs">
        <form onSubmit={save}>
          <DialogTitle>{translate('app.saved_filters.save_title')}</DialogTitle>
          <DialogContent>
            <TextField
              autoFocus
              fullWidth
              margin="dense"
              label={translate('app.saved_filters.name')}
              value={name}
              onChange={(event) => setName(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 60 } }}
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setNaming(false)}>{translate('ra.action.cancel')}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={!name.trim()}>
              {translate('ra.action.save')}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
