import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'NGROK_AUTHTOKEN=2w8oYINKGMPYxaaKeWUvAz65izq_GEag7SQL9H1a3Yj506CY2', secret: '2w8oYINKGMPYxaaKeWUvAz65izq_GEag7SQL9H1a3Yj506CY2' },
    { text: '{"ngrok_authtoken": "2WM0U891E31rd2R5Lu4CYUj5CvO_YwUvu3V3eReDCr4CepYI0", "region": "eu-west-1"}', secret: '2WM0U891E31rd2R5Lu4CYUj5CvO_YwUvu3V3eReDCr4CepYI0' },
    { text: '  ngrok_authtoken: 2w9RDqkNRK5fjOUKUWhg6iwVpXL_3ON6XpZIDA81vYBpRw7TY', secret: '2w9RDqkNRK5fjOUKUWhg6iwVpXL_3ON6XpZIDA81vYBpRw7TY' },
    { text: 'export NGROK_AUTHTOKEN="2AVsUriMppw66sHKTMJed3XIWqf_LeiGw2BJaAL1aydtfTZFd"', secret: '2AVsUriMppw66sHKTMJed3XIWqf_LeiGw2BJaAL1aydtfTZFd' },
    { text: 'const ngrokAuthtoken = \'2FryUNcrEmLclpYhTtMmkW4VBQV_3SDocxlDeTV4QRzFSoyGP\';', secret: '2FryUNcrEmLclpYhTtMmkW4VBQV_3SDocxlDeTV4QRzFSoyGP' },
    { text: 'ngrok config add-authtoken 2nWqLZQXjzeNpN2IV5kt2kwy0ab_99kzboLVQMV441aDg3uee', secret: '2nWqLZQXjzeNpN2IV5kt2kwy0ab_99kzboLVQMV441aDg3uee' },
  ],
  negative: [
    'NGROK_AUTHTOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'NGROK_AUTHTOKEN=<your-ngrok-authtoken>',
    'NGROK_AUTHTOKEN=${NGROK_AUTHTOKEN}',
    'NGROK_AUTHTOKEN=27hsog3KLmDGU9CgXCudjodIM3c_tLptBlq7SBJhuBSPzR',
    'NGROK_AUTHTOKEN=2aJnydhlOpq6ToVUpqkjrsA3Rc7_c56EjNM9euaR121YwFfDbA1d',
    'checksum: 2ZdO89o1ezT3Ue5HYS1Jt0OHVza_cyAjGhZNEGpUdwEewukWv',
    'const ref = "2Kybm2Ylv4rmny7bC7AlALEv4Jn_lI5e2Pll4hlPllEYnQciL";',
  ],
};
export default fixtures;
