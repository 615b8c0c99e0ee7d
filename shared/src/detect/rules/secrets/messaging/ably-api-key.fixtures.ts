import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ABLY_API_KEY=vFbqvN.8ykM5R:tgoBvkVwAaelLMyy9TrSH22Y_SELFT6NexFvAMYpZ6i', secret: 'tgoBvkVwAaelLMyy9TrSH22Y_SELFT6NexFvAMYpZ6i' },
    { text: '{"ably_api_key": "JfaWJF.LISn5G:NINVsdUZsX_Pb4Izptpt7DB4mDs9HH_ohhIZBLpaqRc"}', secret: 'NINVsdUZsX_Pb4Izptpt7DB4mDs9HH_ohhIZBLpaqRc' },
    { text: 'ably_api_key: PvmXGj.w8wURc:8Gs4OFAWlDOU23hUvWfkp9sQ4F3_Nwv12B_fB665utC', secret: '8Gs4OFAWlDOU23hUvWfkp9sQ4F3_Nwv12B_fB665utC' },
    { text: 'export ABLY_API_KEY="wa0MlC.RbonDe:BN0qf8Ps11aPeMIcioNEl4TPw3OLM71LafJfx2xweRf"', secret: 'BN0qf8Ps11aPeMIcioNEl4TPw3OLM71LafJfx2xweRf' },
  ],
  negative: [
    'ABLY_API_KEY=nW6a95.8ouxGU:xxxxxxxxxxxxxxxxxx-xxxxxxxxxx_xxxxxxxxxxxx-',
    'ABLY_API_KEY=${ABLY_API_KEY}',
    'ABLY_API_KEY=<your-ably-api-key>',
    '"etag": "A5gPIz.VAvLr7:mWePI1mcfrMugl8x71-YW4xgcCu85_68NkaR3J65PF-"',
    'ABLY_API_KEY=nGvyJt.fateak:mWePI1mcfrMugl8x71-YW4xgcCu85_68NkaR3J65PF-PF-',
    'ABLY_API_KEY=TdLFpp.Ai7EPu:mWePI1mcfrMugl8x71-YW4xgcCu85_68NkaR3J65',
    'probably M2Vrl3.PHhcma:L4CAoTz8nL5EM9VyAELl3JGirAuAwYfCazARyzgw2UA',
  ],
};
export default fixtures;
