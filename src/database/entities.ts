import { AuditEvent } from '../audit/audit-event.entity';
import { ApiToken } from '../auth/api-token.entity';
import { Commitment } from '../commitments/commitment.entity';
import {
  FollowNotification,
  FollowRequestLimit,
  IcalFeed,
  NotificationSubscription,
  QuestionSetFollow,
} from '../commitments/follow-up/follow-up.entities';
import { AppUser } from '../auth/user.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { PasswordReset } from '../auth/password-reset.entity';
import { RequestThrottle } from '../auth/request-throttle.entity';
import { WebSession } from '../auth/session.entity';
import { StagedUpload } from '../web/staged-upload.entity';
import { ImportReport } from '../import/import-report.entity';
import { ImportSource } from '../import/import-source.entity';
import { Document } from '../documents/document.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { Recess } from '../municipalities/recess.entity';
import { SetNotice } from '../reminders/set-notice.entity';
import { Party } from '../people/party.entity';
import { Person } from '../people/person.entity';
import { AnswerCorrection } from '../questions/answer-correction.entity';
import { Answer } from '../questions/answer.entity';
import { Postponement } from '../questions/postponement.entity';
import { QuestionSet } from '../questions/question-set.entity';
import { Question } from '../questions/question.entity';
import { SearchOutbox } from '../search/search-outbox.entity';

/** Every entity, for the application and for the migration CLI alike. */
export const ENTITIES = [
  Municipality,
  Party,
  Person,
  Document,
  QuestionSet,
  Question,
  Answer,
  AnswerCorrection,
  Postponement,
  AuditEvent,
  ApiToken,
  SearchOutbox,
  Commitment,
  IcalFeed,
  NotificationSubscription,
  QuestionSetFollow,
  FollowNotification,
  FollowRequestLimit,
  AppUser,
  WebSession,
  LoginAttempt,
  PasswordReset,
  RequestThrottle,
  StagedUpload,
  ImportReport,
  ImportSource,
  Recess,
  SetNotice,
];
