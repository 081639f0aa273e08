import { BUS_ENTITIES } from '@skillproof/bus';
import { AttemptEntity } from './attempt.entity';
import { ChallengeEntity } from './challenge.entity';
import { GradeHistoryEntity } from './grade-history.entity';
import { QuizEntity } from './quiz.entity';
import { RegradeSubmissionEntity } from './regrade-submission.entity';
import { RegradeEntity } from './regrade.entity';
import { ReferenceSubmissionEntity } from './reference-submission.entity';
import { SubmissionEntity } from './submission.entity';

export const CHALLENGES_ENTITIES = [
  ...BUS_ENTITIES,
  ChallengeEntity,
  ReferenceSubmissionEntity,
  AttemptEntity,
  SubmissionEntity,
  GradeHistoryEntity,
  QuizEntity,
  RegradeEntity,
  RegradeSubmissionEntity,
];
