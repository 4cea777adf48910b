import type { ReactNode } from 'react';
import { format as formatWith, isValid } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickerEn, zhCN as pickerZh } from '@mui/x-date-pickers/locales';
import { FieldTitle, InputHelperText, useInput, useLocaleState, useResourceContext, type InputProps } from 'react-admin';
import { DATE_PATTERN, DATE_TIME_PATTERN, businessTimeZone, inZone, wallToInstant, type Lang } from './dateFormat';

const LOCALES = { zh: zhCN, en: enGB };
const PICKER_TEXTS = {
  zh: pickerZh.components.MuiLocalizationProvider.defaultProps.localeText,
  en: pickerEn.components.MuiLocalizationProvider.defaultProps.localeText,
};

const langOf = (locale: string): Lang => (locale === 'en' ? 'en' : 'zh');

/**
 * Date pickers in the panel's language (the browser's own date inputs follow the browser's),
 * with the panel's one date format: 2026/12/02 in Chinese, 02/12/2026 in English.
 */
export const PickerProvider = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const lang = langOf(locale);
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={LOCALES[lang]} localeText={PICKER_TEXTS[lang]}>
      {children}
    </LocalizationProvider>
  );
};

type Props = Omit<InputProps, 'format' | 'parse'> & { helperText?: ReactNode; fullWidth?: boolean; sx?: object };

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function usePickerField(props: Props) {
  const resource = useResourceContext(props);
  const [locale] = useLocaleState();
  const { field, fieldState, isRequired } = useInput(props);
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  const textField = {
    name: props.source,
    size: 'small' as const,
    variant: 'filled' as const,
    margin: 'dense' as const,
    fullWidth: props.fullWidth,
    onBlur: field.onBlur,
    error: !!error,
    helperText: props.helperText !== false && <InputHelperText error={error} helperText={props.helperText} />,
    sx: { minWidth: 180, ...props.sx },
  };
  const label = <FieldTitle label={props.label as string} source={props.source} resource={resource} isRequired={isRequired} />;
  return { field, textField, label, lang: langOf(locale) };
}

/** A calendar day, kept as `YYYY-MM-DD` (what LocalDate fields and date-range filters take). */
export const DateInput = (props: Props) => {
  const { field, textField, label, lang } = usePickerField(props);
  const m = typeof field.value === 'string' ? YMD.exec(field.value.slice(0, 10)) : null;
  const value = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  return (
    <DatePicker
      label={label}
      value={value}
      format={DATE_PATTERN[lang]}
      disabled={props.disabled}
      onChange={(date) => field.onChange(date && isValid(date) ? formatWith(date, 'yyyy-MM-dd') : null)}
      slotProps={{ textField, field: { clearable: true } }}
    />
  );
};

/** A moment, picked as business time (BUSINESS_TZ) whatever the browser's zone, kept as an ISO instant. */
export const DateTimeInput = (props: Props) => {
  const { field, textField, label, lang } = usePickerField(props);
  const zone = businessTimeZone();
  let value: Date | null = null;
  if (field.value) {
    const { day, time } = inZone(new Date(field.value), zone);
    const [y, mo, d] = day.split('-').map(Number);
    const [h, mi] = time.split(':').map(Number);
    value = new Date(y, mo - 1, d, h, mi);
  }
  return (
    <DateTimePicker
      label={label}
      value={value}
      format={DATE_TIME_PATTERN[lang]}
      ampm={false}
      disabled={props.disabled}
      onChange={(date) =>
        field.onChange(date && isValid(date) ? wallToInstant(formatWith(date, 'yyyy-MM-dd'), formatWith(date, 'HH:mm'), zone).toISOString() : null)
      }
      slotProps={{ textField, field: { clearable: true } }}
    />
  );
};
