import { Entity, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';

/** Business configuration an administrator can change at run time, one JSON document per key. */
@Entity()
export class Setting {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ length: 60 })
  key!: string;

  @Property({ type: 'jsonb' })
  value!: Record<string, unknown>;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  get id(): string {
    return this.key;
  }
}
