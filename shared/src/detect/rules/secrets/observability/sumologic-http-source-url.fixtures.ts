import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/bt43TxZGZ4rTQUXqEgslcOxIMErdg8EAKnLf3JgtfTuGymThVt-uSjhnxDpyOoQ0iviGmyH7HyCINWcHnaPxsNzyehruWiBY2i52==', secret: 'bt43TxZGZ4rTQUXqEgslcOxIMErdg8EAKnLf3JgtfTuGymThVt-uSjhnxDpyOoQ0iviGmyH7HyCINWcHnaPxsNzyehruWiBY2i52==' },
    { text: 'SUMO_HTTP_SOURCE=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/QkSgwiR1PcLxnuoE4TRbAOnGMVhB87lulsUYLrNab1RMotq1wi7bJHX76AH5um0PlPavIBDX5_YaWhXJz3We7QGO1FzhurS3_e5P==', secret: 'QkSgwiR1PcLxnuoE4TRbAOnGMVhB87lulsUYLrNab1RMotq1wi7bJHX76AH5um0PlPavIBDX5_YaWhXJz3We7QGO1FzhurS3_e5P==' },
    { text: '{"sumo_http_source": "https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/gHMXJHY96p61h7Il5YVaZvBbMv9rl3R3jgMFuynNuYUZ44-X5-ByfiChonSgHtokHTY_lcqR1rZmH7YPSuc-YDl5sJdOF7PuYSjx=="}', secret: 'gHMXJHY96p61h7Il5YVaZvBbMv9rl3R3jgMFuynNuYUZ44-X5-ByfiChonSgHtokHTY_lcqR1rZmH7YPSuc-YDl5sJdOF7PuYSjx==' },
    { text: 'sumo_http_source: https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/SBIDvUz7ivwX__lHSl_m97TfMVyiBhcaPOGijxXpe2wyleFcVRl4LbCay94j-L1m1kwozB81pJuua3MaLMvr7VHhoUNp4vjlIgkm==', secret: 'SBIDvUz7ivwX__lHSl_m97TfMVyiBhcaPOGijxXpe2wyleFcVRl4LbCay94j-L1m1kwozB81pJuua3MaLMvr7VHhoUNp4vjlIgkm==' },
    { text: 'export SUMO_HTTP_SOURCE="https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/HO7KUUYaR9P3HFzkuN3SpdfmjHC52FfKD-uWj-B-HDK66tE7QWLpmGuUBRvkYXYpfYJB2qveStZQXybtz3xlM4UcuTeHx3W9E7Ux=="', secret: 'HO7KUUYaR9P3HFzkuN3SpdfmjHC52FfKD-uWj-B-HDK66tE7QWLpmGuUBRvkYXYpfYJB2qveStZQXybtz3xlM4UcuTeHx3W9E7Ux==' },
    { text: 'const sumoHttpSource = \'https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/KnXl8fcx66zuQf963JVXjHkjLxXiqD95G0HZwG47ASNuX3YY_UXjUXrsbf2wtJO3nQLe8loXZPcnOtqPV-4y2CbFM5vhXODziCWj==\';', secret: 'KnXl8fcx66zuQf963JVXjHkjLxXiqD95G0HZwG47ASNuX3YY_UXjUXrsbf2wtJO3nQLe8loXZPcnOtqPV-4y2CbFM5vhXODziCWj==' },
  ],
  negative: [
    'SUMO_HTTP_SOURCE=https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/xxxxx-_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xx-xxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx-xxxxxxx==',
    'SUMO_HTTP_SOURCE=${SUMO_HTTP_SOURCE}',
    'SUMO_HTTP_SOURCE=<your-sumologic-http-source-url>',
  ],
};
export default fixtures;
