import { Authorized, Ctx, Field, Float, ObjectType, Query, Resolver } from 'type-graphql';
import { LAG_NOTICE_SECONDS, replicaLagSeconds } from '../db/read';
import type { Context } from './context';

@ObjectType({ description: '只读副本 Where reports read from, and how far behind it is' })
export class ReadReplicaStatus {
  @Field({ description: 'Reports, exports, ad-hoc queries and dashboards read from a standby (READ_DATABASE_URL)' })
  configured!: boolean;

  @Field(() => Float, { nullable: true, description: 'Seconds the standby is behind the primary (null: no standby)' })
  lagSeconds?: number | null;

  @Field({ description: `Behind by more than ${LAG_NOTICE_SECONDS} s: report pages say their figures may be behind` })
  stale!: boolean;
}

@Resolver()
export class ReadReplicaResolver {
  @Authorized()
  @Query(() => ReadReplicaStatus, { description: '报表数据延迟 Replica lag, shown on report pages when over a few seconds' })
  async readReplica(@Ctx() ctx: Context): Promise<ReadReplicaStatus> {
    const configured = Boolean(ctx.config.readDatabaseUrl);
    const lag = await replicaLagSeconds(ctx.em as never, configured);
    return { configured, lagSeconds: lag ?? null, stale: (lag ?? 0) > LAG_NOTICE_SECONDS };
  }
}
