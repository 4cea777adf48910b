import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

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
