import type { components } from './schema';

/** Names for the shapes the gateway documents; every one comes from gateway/openapi.json. */
type Schemas = components['schemas'];

export type SkillSummary = Schemas['SkillSummaryDto'];
export type SkillPage = Schemas['SkillPageDto'];
export type SalaryBand = Schemas['SalaryBandDto'];
export type Career = Schemas['CareerDto'];
export type CareerMatch = Schemas['CareerMatchDto'];
export type Challenge = Schemas['ChallengeDto'];
export type RubricCriterion = Schemas['RubricCriterionDto'];
export type Attempt = Schemas['AttemptDto'];
export type Regrade = Schemas['RegradeDto'];
export type RegradeReason = Regrade['reason'];
export type Submission = Schemas['SubmissionDto'];
export type SubmissionStatus = Submission['status'];
export type Quiz = Schemas['QuizDto'];
export type QuizResult = Schemas['QuizResultDto'];
export type VerifiedSkill = Schemas['VerifiedSkillDto'];
export type Evidence = Schemas['VerificationEvidenceDto'];
export type User = Schemas['UserDto'];
export type OwnProfile = Schemas['OwnProfileDto'];
export type ProfileUpdate = Schemas['ProfileUpdateDto'];
export type AuthSession = Schemas['AuthSessionDto'];
export type JobSummary = Schemas['JobSummaryDto'];
export type Job = Schemas['JobDto'];
export type JobCreate = Schemas['JobCreateInput'];
export type Application = Schemas['ApplicationDto'];
export type ApplicationStatus = Application['status'];
export type MatchEvidence = Schemas['MatchEvidenceDto'];
export type Webhook = Schemas['WebhookDto'];
export type WebhookEventType = Webhook['events'][number];
export type Delivery = Schemas['DeliveryDto'];
export type Problem = Schemas['ProblemDto'];
export type Level = SkillPage['difficulty'];
