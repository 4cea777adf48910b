import 'reflect-metadata';
import { IsInt, Max, MaxLength, validate } from 'class-validator';
import { cacheValidationRules } from '../../api/src/common/validation-cache';

/** class-validator's rule lookup is cached per class (common/validation-cache.ts): the rules still hold, inherited ones included, and a rule added later is seen. */
describe('cached validation rules', () => {
  class Page {
    @IsInt() @Max(100) perPage = 25;
  }
  class OrderPage extends Page {
    @MaxLength(5) q = '';
  }

  beforeAll(() => cacheValidationRules());

  it('refuses what the rules refuse, on the class and through inheritance, every time', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await validate(Object.assign(new Page(), { perPage: 101 }))).toHaveLength(1);
      expect(await validate(Object.assign(new Page(), { perPage: 100 }))).toHaveLength(0);
      const errors = await validate(Object.assign(new OrderPage(), { perPage: 500, q: 'too long' }));
      expect(errors.map((e) => e.property).sort()).toEqual(['perPage', 'q']);
    }
  });

  it('sees a rule declared after the first validation', async () => {
    class Late {
      value = 'abcdef';
    }
    expect(await validate(new Late(), { forbidUnknownValues: false })).toHaveLength(0);
    MaxLength(3)(Late.prototype, 'value');
    expect((await validate(new Late())).map((e) => e.property)).toEqual(['value']);
  });
});
