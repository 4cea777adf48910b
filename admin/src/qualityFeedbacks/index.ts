import FeedbackIcon from '@mui/icons-material/Feedback';
import type { QualityFeedback } from '../../../schema/generated/graphql';
import { QualityFeedbackCreate } from './QualityFeedbackCreate';
import { QualityFeedbackList } from './QualityFeedbackList';
import { QualityFeedbackShow } from './QualityFeedbackShow';

export default {
  list: QualityFeedbackList,
  show: QualityFeedbackShow,
  create: QualityFeedbackCreate,
  icon: FeedbackIcon,
  recordRepresentation: (q: QualityFeedback) => q.number,
};
