import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ServiceOrder } from '../../../../schema/generated/graphql';
import { TimelineEntry } from '../TimelineEntry';
import { Section } from '../Section';

/** 处理信息 as a courier-style tracker, the latest step on top; internal steps are shaded and marked. */
export const OrderTimeline = () => {
  const order = useRecordContext<ServiceOrder>();
  if (!order) return null;
  const events = [...(order.timeline ?? [])].reverse();
  return (
    <Section title="app.order.section.timeline">
      <Box component="ol" aria-label="timeline" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {events.map((event, i) => (
          <TimelineEntry
            key={event.id}
            action={event.action}
            status={event.fromStatus !== event.status ? event.status : null}
            at={event.at}
            department={event.department}
            actorLabel={event.actorLabel}
            summary={event.summary}
            note={event.note}
            internal={event.internal}
            latest={i === 0}
            last={i === events.length - 1}
          />
        ))}
      </Box>
    </Section>
  );
};
