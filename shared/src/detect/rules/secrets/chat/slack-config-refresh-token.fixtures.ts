import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'xoxe-1-gVc1Zw0mg5xxze5nDsrvDwquXDmUsKT81IzVQIwo3NrzOm6P5YQBf16lU7eEAppOoTKIgikEyXdZwUWxtgt3R4q2IRhNwUY3a8vARFOVty8PPNkMu3zvBbGq4C3t3mKYeiwKigtaYFhEkALItZ',
    { text: 'SLACK_REFRESH_TOKEN=xoxe-1-p88NvjZL12g0qTiPqg28hAf3pQJyBQZ9KnDn8ePZOV5B8U83qORdFi7Zqd6M1WpdveZ5BFsaIHUtIL7Cs6pWGNj1qoYcYKtEPL7BlgsYBrRQoXT2BXUb42TmczaSBC2yxyx33xWqf9jXJcrtIE', secret: 'xoxe-1-p88NvjZL12g0qTiPqg28hAf3pQJyBQZ9KnDn8ePZOV5B8U83qORdFi7Zqd6M1WpdveZ5BFsaIHUtIL7Cs6pWGNj1qoYcYKtEPL7BlgsYBrRQoXT2BXUb42TmczaSBC2yxyx33xWqf9jXJcrtIE' },
    { text: '{"slack_refresh_token": "xoxe-1-85eXU82SNYap5EUV9tXIZ9ba01P3yLgc89RY9T0wX32i1jP2Uau9SoFP14564OlBtniRrQ84RAH8WFb2NAkssNJOyJ7YVdkZslstefqvuOJnOVPUzP8iwTL05XSwbHP57jK8T0L5owzo1Qne44"}', secret: 'xoxe-1-85eXU82SNYap5EUV9tXIZ9ba01P3yLgc89RY9T0wX32i1jP2Uau9SoFP14564OlBtniRrQ84RAH8WFb2NAkssNJOyJ7YVdkZslstefqvuOJnOVPUzP8iwTL05XSwbHP57jK8T0L5owzo1Qne44' },
    { text: 'slack_refresh_token: xoxe-1-0aXK61KpVDnIYfmsu0hMFHZWGoBIK6ugIngczqp9iItL7ZjXOGfEyKKrheg51Kh3uiz2tFC0YV7CGP1E96LByN96j9RzZpTadgWyMGZXHDq6eBhPOQrLP2ivHEWwVOBDnKVHhOr2qSh8R3WCyU', secret: 'xoxe-1-0aXK61KpVDnIYfmsu0hMFHZWGoBIK6ugIngczqp9iItL7ZjXOGfEyKKrheg51Kh3uiz2tFC0YV7CGP1E96LByN96j9RzZpTadgWyMGZXHDq6eBhPOQrLP2ivHEWwVOBDnKVHhOr2qSh8R3WCyU' },
    { text: 'export SLACK_REFRESH_TOKEN="xoxe-1-4L5EPsL1zgi3rAPRccKjA3vweM2gSMzLsX2hECPwWm3fOmesFde0HDn4Gqp4RmYlmpu2uICLjM8cSgrsQdpezWSIrApmRpdj8yBqMbZXW7M8gPpqfR7vnkmIPQDt0GE8aTxnS6qWCRZ26i2vR4"', secret: 'xoxe-1-4L5EPsL1zgi3rAPRccKjA3vweM2gSMzLsX2hECPwWm3fOmesFde0HDn4Gqp4RmYlmpu2uICLjM8cSgrsQdpezWSIrApmRpdj8yBqMbZXW7M8gPpqfR7vnkmIPQDt0GE8aTxnS6qWCRZ26i2vR4' },
    { text: 'const slackRefreshToken = \'xoxe-1-uzHUPESNGChZfFLlCWzSXW7Mqgnu5BsGuDdKva8e1pyvNnalF3NUSVdlA6TA0qOz8ha4Jr1k5yujMIaAEKSWqySPe9q9cuLgqzy3dqEOUabUDa6EnrhjKIOvWXZUgX74ONij0sElY8P2TBgeEW\';', secret: 'xoxe-1-uzHUPESNGChZfFLlCWzSXW7Mqgnu5BsGuDdKva8e1pyvNnalF3NUSVdlA6TA0qOz8ha4Jr1k5yujMIaAEKSWqySPe9q9cuLgqzy3dqEOUabUDa6EnrhjKIOvWXZUgX74ONij0sElY8P2TBgeEW' },
    // The base64 body of a refresh token issued by token rotation is shorter.
    { text: 'refresh_token=xoxe-1-My0xLTEyMzQ1Njc4OTAxMi0xMjM0NTY3ODkwMTIzLTEyMzQ1Njc4OTAxMjM0LWFiY2RlZjAxMjM0NTY3ODk', secret: 'xoxe-1-My0xLTEyMzQ1Njc4OTAxMi0xMjM0NTY3ODkwMTIzLTEyMzQ1Njc4OTAxMjM0LWFiY2RlZjAxMjM0NTY3ODk' },
  ],
  negative: [
    'xoxe-1-tokens-are-rotated-every-twelve-hours',
    'SLACK_REFRESH_TOKEN=xoxe-x-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'SLACK_REFRESH_TOKEN=${SLACK_REFRESH_TOKEN}',
    'SLACK_REFRESH_TOKEN=<your-slack-config-refresh-token>',
  ],
};
export default fixtures;
