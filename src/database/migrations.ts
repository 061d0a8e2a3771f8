import { WebAccounts1763900300000 } from '../../migrations/1763900300000-web-accounts';
import { CoreSchema1763900000000 } from '../../migrations/1763900000000-core-schema';
import { Commitments1763900100000 } from '../../migrations/1763900100000-commitments';
import { Search1763900200000 } from '../../migrations/1763900200000-search';
import { FollowDelivery1763900310000 } from '../../migrations/1763900310000-follow-delivery';
import { SearchCompounds1763900600000 } from '../../migrations/1763900600000-search-compounds';
import { SearchMatchIndex1763900700000 } from '../../migrations/1763900700000-search-match-index';
import { QuestionsPublic1796534380399 } from '../../migrations/1796534380399-questions-public';
import { SubmitterOrder1796535138071 } from '../../migrations/1796535138071-submitter-order';
import { ImportReport1796535817544 } from '../../migrations/1796535817544-import-report';
import { ImportSource1796546608143 } from '../../migrations/1796546608143-import-source';
import { SearchThesaurus1796537981504 } from '../../migrations/1796537981504-search-thesaurus';
import { QuestionSetSourceUrl1796538644823 } from '../../migrations/1796538644823-question-set-source-url';
import { FollowRequestLimit1796543954954 } from '../../migrations/1796543954954-follow-request-limit';
import { AnswerTerms1796550000000 } from '../../migrations/1796550000000-answer-terms';
import { CommitmentMeeting1796551000000 } from '../../migrations/1796551000000-commitment-meeting';
import { AccountManagement1796552000000 } from '../../migrations/1796552000000-account-management';
import { SearchInlineNames1796553000000 } from '../../migrations/1796553000000-search-inline-names';
import { DueReminders1796554100000 } from '../../migrations/1796554100000-due-reminders';
import { Intake1796555200000 } from '../../migrations/1796555200000-intake';

/** Every migration, in order; listed explicitly so tests, the app and the CLI run the same set. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  CoreSchema1763900000000,
  Commitments1763900100000,
  Search1763900200000,
  WebAccounts1763900300000,
  FollowDelivery1763900310000,
  SearchCompounds1763900600000,
  SearchMatchIndex1763900700000,
  QuestionsPublic1796534380399,
  SubmitterOrder1796535138071,
  ImportReport1796535817544,
  SearchThesaurus1796537981504,
  QuestionSetSourceUrl1796538644823,
  FollowRequestLimit1796543954954,
  AnswerTerms1796550000000,
  CommitmentMeeting1796551000000,
  AccountManagement1796552000000,
  ImportSource1796546608143,
  SearchInlineNames1796553000000,
  DueReminders1796554100000,
  Intake1796555200000,
];
