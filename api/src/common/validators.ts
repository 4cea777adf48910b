import { Max, Min, ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/** Mainland mobile numbers: 11 digits starting with 1. */
export const MOBILE_CN = /^1[3-9]\d{9}$/;
/** Landlines and extensions as people write them: digits, spaces, +, -, parentheses. */
export const PHONE = /^\s*[+\d][\d\s()-]{4,24}$/;

export function IsMobileCN(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMobileCN',
      validator: {
        validate: (value) => typeof value === 'string' && MOBILE_CN.test(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be a mainland mobile number`, options),
      },
    },
    options,
  );
}

export function IsPhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPhone',
      validator: {
        validate: (value) => typeof value === 'string' && PHONE.test(value),
        defaultMessage: buildMessage((prefix) => `${prefix}$property must be a phone number`, options),
      },
    },
    options,
  );
}

/**
 * The largest amount of money an input may carry: money columns are numeric(12,2) (at most
 * 9,999,999,999.99); one amount stays far below, so that sums of lines (50 parts × 1,000 pieces)
 * do not overflow either in any real case.
 */
export const MAX_AMOUNT = 99_999_999.99;

/** Money in yuan: 0 to MAX_AMOUNT. */
export function IsAmount(): PropertyDecorator {
  return (target, property) => {
    Min(0)(target, property);
    Max(MAX_AMOUNT)(target, property);
  };
}
