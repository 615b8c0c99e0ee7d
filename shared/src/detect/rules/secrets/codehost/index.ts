import type { Rule } from '../../../rule';
import { githubPat } from './github-pat';
import { githubOauthToken } from './github-oauth-token';
import { githubUserToServerToken } from './github-user-to-server-token';
import { githubServerToServerToken } from './github-server-to-server-token';
import { githubRefreshToken } from './github-refresh-token';
import { githubFineGrainedPat } from './github-fine-grained-pat';
import { githubOauthClientSecret } from './github-oauth-client-secret';
import { githubLegacyToken } from './github-legacy-token';
import { gitlabPat } from './gitlab-pat';
import { gitlabDeployToken } from './gitlab-deploy-token';
import { gitlabRunnerToken } from './gitlab-runner-token';
import { gitlabPipelineTriggerToken } from './gitlab-pipeline-trigger-token';
import { gitlabCicdJobToken } from './gitlab-cicd-job-token';
import { gitlabOauthAppSecret } from './gitlab-oauth-app-secret';
import { gitlabFeedToken } from './gitlab-feed-token';
import { gitlabScimToken } from './gitlab-scim-token';
import { gitlabIncomingMailToken } from './gitlab-incoming-mail-token';
import { gitlabAgentToken } from './gitlab-agent-token';
import { gitlabRunnerRegistrationToken } from './gitlab-runner-registration-token';
import { gitlabFeatureFlagClientToken } from './gitlab-feature-flag-client-token';
import { gitlabSessionCookie } from './gitlab-session-cookie';
import { bitbucketAppPassword } from './bitbucket-app-password';
import { bitbucketAccessToken } from './bitbucket-access-token';
import { bitbucketDataCenterToken } from './bitbucket-data-center-token';
import { bitbucketClientSecret } from './bitbucket-client-secret';
import { giteaAccessToken } from './gitea-access-token';
import { sourcegraphAccessToken } from './sourcegraph-access-token';
import { phabricatorConduitToken } from './phabricator-conduit-token';

/** Context rules sharing a token shape are tried in this order: more specific keywords first. */
export const rules: readonly Rule[] = [
  githubPat,
  githubOauthToken,
  githubUserToServerToken,
  githubServerToServerToken,
  githubRefreshToken,
  githubFineGrainedPat,
  githubOauthClientSecret,
  githubLegacyToken,
  gitlabPat,
  gitlabDeployToken,
  gitlabRunnerToken,
  gitlabPipelineTriggerToken,
  gitlabCicdJobToken,
  gitlabOauthAppSecret,
  gitlabFeedToken,
  gitlabScimToken,
  gitlabIncomingMailToken,
  gitlabAgentToken,
  gitlabRunnerRegistrationToken,
  gitlabFeatureFlagClientToken,
  gitlabSessionCookie,
  bitbucketAppPassword,
  bitbucketAccessToken,
  bitbucketDataCenterToken,
  bitbucketClientSecret,
  giteaAccessToken,
  sourcegraphAccessToken,
  phabricatorConduitToken,
];
