import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'KRAKEN_PRIVATE_KEY=JbI0jzDKfG7JutHzYG/mhWaK+KNX81HWTUHfVJwsE/IONiojfrKcqeV4Wqywi/sQ7QzUlxfewwYIqGKsVCMME4==', secret: 'JbI0jzDKfG7JutHzYG/mhWaK+KNX81HWTUHfVJwsE/IONiojfrKcqeV4Wqywi/sQ7QzUlxfewwYIqGKsVCMME4==' },
    { text: '{"kraken_private_key": "GeaYfwAgP/6PyczZrfReMpixsyrtWZbNRSONkW1zkkgXS7qetLzsbFkbyDFn6U/+ed2InB3NZ+xBLWhEoQZtiy=="}', secret: 'GeaYfwAgP/6PyczZrfReMpixsyrtWZbNRSONkW1zkkgXS7qetLzsbFkbyDFn6U/+ed2InB3NZ+xBLWhEoQZtiy==' },
    { text: 'kraken_private_key: Y0ibqPJWcUBC/BtukKs+pjqJ/nljsrhnt04CNKUu312Q6k5X5nzYtpSF12GadbwNigmrtpeGryauua58ULESF2==', secret: 'Y0ibqPJWcUBC/BtukKs+pjqJ/nljsrhnt04CNKUu312Q6k5X5nzYtpSF12GadbwNigmrtpeGryauua58ULESF2==' },
    { text: 'export KRAKEN_PRIVATE_KEY="S3AiVAkUKjVHm3nW+LiQ/TIEMtP13SGH/9pqyeOJTy8dNlEb+hDtdjop8unuLafmqTs/X3qzsCz17DEptrM0qQ=="', secret: 'S3AiVAkUKjVHm3nW+LiQ/TIEMtP13SGH/9pqyeOJTy8dNlEb+hDtdjop8unuLafmqTs/X3qzsCz17DEptrM0qQ==' },
    { text: 'const krakenPrivateKey = \'nf8BLelcgXeMYmX/UDagbPSIIz9M+BIERJAmlpTIMQGpT8aF46GyCeEgqkfwDTZTlrcP1x6PvXnlONB5c0Ox72==\';', secret: 'nf8BLelcgXeMYmX/UDagbPSIIz9M+BIERJAmlpTIMQGpT8aF46GyCeEgqkfwDTZTlrcP1x6PvXnlONB5c0Ox72==' },
  ],
  negative: [
    'KRAKEN_PRIVATE_KEY=xxxxxxxxxx+xxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==',
    'KRAKEN_PRIVATE_KEY=${KRAKEN_PRIVATE_KEY}',
    'KRAKEN_PRIVATE_KEY=<your-kraken-api-secret>',
    '"etag": "4pQYUi3zd4+qgnadFxlowQwh3GmSZ/m2Xt54EPMZdazCBkOr0CKYosjh3WLzm9Tu9uOaxgRlFLXJzv0mcxSa2C=="',
    'KRAKEN_PRIVATE_KEY=4pQYUi3zd4+qgnadFxlowQwh3GmSZ/m2Xt54EPMZdazCBkOr0CKYosjh3WLzm9Tu9uOaxgRlFLXJzv0mcxSa2C==C==',
    'KRAKEN_PRIVATE_KEY=4pQYUi3zd4+qgnadFxlowQwh3GmSZ/m2Xt54EPMZdazCBkOr0CKYosjh3WLzm9Tu9uOaxgRlFLXJzv0mcxSa2',
    'secret: MQiliYD6dbhyHPm1VP7Nlw0JY3lIG6JJ6TxKwIyl8bFoZhw0PuvQejr5DVMgyL6dT28Ycvfsk+PC9N9nxVK7NT==',
  ],
};
export default fixtures;
