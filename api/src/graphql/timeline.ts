import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { TimelineEntry } from '../common/lifecycle/timeline-entry';
import { departmentOf, renderLines } from '../common/lifecycle/timeline-text';
import type { Context } from './context';
import { fieldNeeds } from './read/plan';

/** The reader-language fields every document timeline has: its system-written summary and the department. */
export function timelineResolver(entry: ClassType<TimelineEntry>): ClassType {
  @Resolver(() => entry)
  class TimelineFields {
    @FieldResolver(() => String, {
      nullable: true,
      description: 'What the system recorded, in your language (partners read the customer-facing lines only); the person’s own words are in note',
    })
    summary(@Root() e: TimelineEntry, @Ctx() ctx: Context): string | null {
      return renderLines(e.lines, ctx.lang, ctx.actor?.kind === 'partner', ctx.config.timeZone);
    }

    @FieldResolver(() => String, { description: '部门 The station that made the entry, or the call centre' })
    department(@Root() e: TimelineEntry, @Ctx() ctx: Context): string {
      return departmentOf(e, ctx.lang);
    }
  }
  fieldNeeds(entry, { summary: ['lines'], department: ['departmentName', 'stationId'] });
  return TimelineFields;
}
