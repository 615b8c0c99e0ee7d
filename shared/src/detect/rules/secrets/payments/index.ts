import type { Rule } from '../../../rule';
import { paystackSecretKey } from './paystack-secret-key';
import { stripeLiveSecretKey } from './stripe-live-secret-key';
import { stripeTestSecretKey } from './stripe-test-secret-key';
import { stripeLiveRestrictedKey } from './stripe-live-restricted-key';
import { stripeTestRestrictedKey } from './stripe-test-restricted-key';
import { stripeWebhookSecret } from './stripe-webhook-secret';
import { squareAccessToken } from './square-access-token';
import { squareLegacyAccessToken } from './square-legacy-access-token';
import { squareOauthSecret } from './square-oauth-secret';
import { braintreeAccessToken } from './braintree-access-token';
import { braintreePrivateKey } from './braintree-private-key';
import { paypalClientSecret } from './paypal-client-secret';
import { adyenApiKey } from './adyen-api-key';
import { plaidSecret } from './plaid-secret';
import { plaidAccessToken } from './plaid-access-token';
import { coinbaseApiSecret } from './coinbase-api-secret';
import { coinbaseCdpApiKeyName } from './coinbase-cdp-api-key-name';
import { binanceApiKey } from './binance-api-key';
import { krakenApiSecret } from './kraken-api-secret';
import { kucoinApiSecret } from './kucoin-api-secret';
import { bittrexApiSecret } from './bittrex-api-secret';
import { razorpayKeyId } from './razorpay-key-id';
import { razorpayKeySecret } from './razorpay-key-secret';
import { mollieApiKey } from './mollie-api-key';
import { mollieAccessToken } from './mollie-access-token';
import { gocardlessAccessToken } from './gocardless-access-token';
import { checkoutSecretKey } from './checkout-secret-key';
import { checkoutLiveSecretKey } from './checkout-live-secret-key';
import { wiseApiToken } from './wise-api-token';
import { authorizenetTransactionKey } from './authorizenet-transaction-key';
import { paddleApiKey } from './paddle-api-key';
import { mercadopagoAccessToken } from './mercadopago-access-token';
import { recurlyApiKey } from './recurly-api-key';

export const rules: readonly Rule[] = [
  paystackSecretKey,
  stripeLiveSecretKey,
  stripeTestSecretKey,
  stripeLiveRestrictedKey,
  stripeTestRestrictedKey,
  stripeWebhookSecret,
  squareAccessToken,
  squareLegacyAccessToken,
  squareOauthSecret,
  braintreeAccessToken,
  braintreePrivateKey,
  paypalClientSecret,
  adyenApiKey,
  plaidSecret,
  plaidAccessToken,
  coinbaseApiSecret,
  coinbaseCdpApiKeyName,
  binanceApiKey,
  krakenApiSecret,
  kucoinApiSecret,
  bittrexApiSecret,
  razorpayKeyId,
  razorpayKeySecret,
  mollieApiKey,
  mollieAccessToken,
  gocardlessAccessToken,
  checkoutSecretKey,
  checkoutLiveSecretKey,
  wiseApiToken,
  authorizenetTransactionKey,
  paddleApiKey,
  mercadopagoAccessToken,
  recurlyApiKey,
];
