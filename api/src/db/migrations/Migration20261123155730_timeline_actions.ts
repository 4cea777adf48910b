import { Migration } from '@mikro-orm/migrations';

export class Migration20261123155730_timeline_actions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service_order_event" drop constraint if exists "service_order_event_action_check";`);

    this.addSql(`alter table "service_order_event" add constraint "service_order_event_action_check" check("action" in ('create', 'dispatch', 'reject_dispatch', 'start_repair', 'await_parts', 'parts_arrived', 'complete', 'send_to_agent', 'receive_from_agent', 'return_to_customer', 'record_return_visit', 'cancel', 'appraisal', 'fees_overridden', 'rework_created', 'note'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_order_event" drop constraint if exists "service_order_event_action_check";`);

    this.addSql(`alter table "service_order_event" add constraint "service_order_event_action_check" check("action" in ('create', 'dispatch', 'reject_dispatch', 'start_repair', 'await_parts', 'parts_arrived', 'complete', 'send_to_agent', 'receive_from_agent', 'return_to_customer', 'record_return_visit', 'cancel', 'appraisal', 'fees_overridden', 'parts_recorded', 'rework_created', 'note'));`);
  }

}
