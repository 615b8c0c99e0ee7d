import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'CONFLUENT_CLOUD_API_SECRET=4R56ZRd9z+bfSEqC/0esl2N5CxnFOE6sfm/SM+llY9zRXTzgnS9dmvruIkUqSHkE', secret: '4R56ZRd9z+bfSEqC/0esl2N5CxnFOE6sfm/SM+llY9zRXTzgnS9dmvruIkUqSHkE' },
    { text: '{"confluent_api_secret": "X7xQp8myzcFUAY+KO21mCUWGSFxeuPSlLRZF9xPVukfqOPfCPD9o1lCBzc1ls1Rt", "region": "eu-west-1"}', secret: 'X7xQp8myzcFUAY+KO21mCUWGSFxeuPSlLRZF9xPVukfqOPfCPD9o1lCBzc1ls1Rt' },
    { text: '  confluent_api_secret: wOIUSUXhcksWZMb8/WLz+AOgc5kNcxOFe8PwC48/XIahCmZa3eHRb4iiiOs2sXWH', secret: 'wOIUSUXhcksWZMb8/WLz+AOgc5kNcxOFe8PwC48/XIahCmZa3eHRb4iiiOs2sXWH' },
    { text: 'export CONFLUENT_CLOUD_API_SECRET="2q/473IzDGonamcB51PONKTQL170IPiQdiaEve65BHdRjr1hN7uAQ78hBzwp5C4a"', secret: '2q/473IzDGonamcB51PONKTQL170IPiQdiaEve65BHdRjr1hN7uAQ78hBzwp5C4a' },
    { text: 'const confluentApiSecret = \'IxIZaigchbpeCBg4ybuieKddH7UoQ3LpEuMlmoMFdG3Nrb+R90veem63Ct9Ak2i2\';', secret: 'IxIZaigchbpeCBg4ybuieKddH7UoQ3LpEuMlmoMFdG3Nrb+R90veem63Ct9Ak2i2' },
  ],
  negative: [
    'CONFLUENT_CLOUD_API_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CONFLUENT_CLOUD_API_SECRET=<your-confluent-api-secret>',
    'CONFLUENT_CLOUD_API_SECRET=${CONFLUENT_CLOUD_API_SECRET}',
    'CONFLUENT_CLOUD_API_SECRET=Mekp3yXvN7K0XbEtMYcoKFkfhoA4JGhmr3pV2WsNIJZchjnHge6FNaF6tcGir',
    'CONFLUENT_CLOUD_API_SECRET=yfl/eF7sat34S/3WZqvLfOC8CuMQIbY54g6swaow0OZe+IWIXdLFTcmxulR6Ln1kSWz',
    'checksum: 3ZCBpxgcdPKuMhPd9vL1FRyhuzZNk9rzMpWG75Bj9qzD28wDCIV8SUnPmvNfHcDL',
    'const ref = "7f350Q665R7Gmvib/rfHe0UjZcvmR7kjPhqZf6Z4s1tl5MNUzV1d/LdSvhnxmxEp";',
  ],
};
export default fixtures;
