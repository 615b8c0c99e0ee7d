import type { Rule } from '../../../rule';
import { facebookAccessToken } from './facebook-access-token';
import { facebookAppAccessToken } from './facebook-app-access-token';
import { facebookAppSecret } from './facebook-app-secret';
import { instagramAccessToken } from './instagram-access-token';
import { twitterBearerToken } from './twitter-bearer-token';
import { twitterApiKey } from './twitter-api-key';
import { twitterApiSecret } from './twitter-api-secret';
import { twitterAccessToken } from './twitter-access-token';
import { twitterAccessTokenSecret } from './twitter-access-token-secret';
import { linkedinClientSecret } from './linkedin-client-secret';
import { linkedinLegacyClientSecret } from './linkedin-legacy-client-secret';
import { linkedinAccessToken } from './linkedin-access-token';
import { twitchToken } from './twitch-token';
import { redditClientSecret } from './reddit-client-secret';
import { pinterestAccessToken } from './pinterest-access-token';
import { tiktokAccessToken } from './tiktok-access-token';
import { tiktokClientSecret } from './tiktok-client-secret';
import { snapchatClientSecret } from './snapchat-client-secret';
import { spotifyClientSecret } from './spotify-client-secret';
import { mastodonAccessToken } from './mastodon-access-token';
import { tumblrApiKey } from './tumblr-api-key';
import { vimeoAccessToken } from './vimeo-access-token';
import { yelpApiKey } from './yelp-api-key';
import { foursquareApiKey } from './foursquare-api-key';
import { blueskyAppPassword } from './bluesky-app-password';
import { giphyApiKey } from './giphy-api-key';

export const rules: readonly Rule[] = [
  facebookAccessToken,
  facebookAppSecret,
  facebookAppAccessToken,
  instagramAccessToken,
  twitterBearerToken,
  twitterApiKey,
  twitterApiSecret,
  twitterAccessToken,
  twitterAccessTokenSecret,
  linkedinClientSecret,
  linkedinLegacyClientSecret,
  linkedinAccessToken,
  twitchToken,
  redditClientSecret,
  pinterestAccessToken,
  tiktokAccessToken,
  tiktokClientSecret,
  snapchatClientSecret,
  spotifyClientSecret,
  mastodonAccessToken,
  tumblrApiKey,
  vimeoAccessToken,
  yelpApiKey,
  foursquareApiKey,
  blueskyAppPassword,
  giphyApiKey,
];
