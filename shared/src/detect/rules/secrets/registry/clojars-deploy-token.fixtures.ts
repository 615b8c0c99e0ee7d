import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'CLOJARS_a9k1frq4gyaq938ob4pvhxr6izf0bua8i8m6en8g82vz1a1iflo2e26o7jau',
    { text: 'CLOJARS_PASSWORD=CLOJARS_m7havi1lwit4q03minoin9lbc8cybu3hap9ergmkni8d72lj1zr9i0ouxlds', secret: 'CLOJARS_m7havi1lwit4q03minoin9lbc8cybu3hap9ergmkni8d72lj1zr9i0ouxlds' },
    { text: '{"clojars_token": "CLOJARS_rxe1byu2cjdzk19y2xxj3hiia5m246bltdlb4zucezqbajovmus3w25ntjyr", "region": "eu-west-1"}', secret: 'CLOJARS_rxe1byu2cjdzk19y2xxj3hiia5m246bltdlb4zucezqbajovmus3w25ntjyr' },
    { text: '  clojars_token: CLOJARS_gndpjfkz3beib6z9kjzc5uqd3zfikkka22b52hsxb6me8g1eqbwkvrei7p4a', secret: 'CLOJARS_gndpjfkz3beib6z9kjzc5uqd3zfikkka22b52hsxb6me8g1eqbwkvrei7p4a' },
    { text: 'export CLOJARS_PASSWORD="CLOJARS_tzco30y9t5vshtdh2k6k81oiyzzn1l4ekfdfg7vw7wccy4wgsiq176j3f2ji"', secret: 'CLOJARS_tzco30y9t5vshtdh2k6k81oiyzzn1l4ekfdfg7vw7wccy4wgsiq176j3f2ji' },
    { text: 'const clojarsToken = \'CLOJARS_szca5j9sl9twzfr8yh8oln13j51t22gw89cbplayse3wkemkpaqf1872vs45\';', secret: 'CLOJARS_szca5j9sl9twzfr8yh8oln13j51t22gw89cbplayse3wkemkpaqf1872vs45' },
    'CLOJARS_GyKl0spn6GEt3pCYIGudrJFGJ1vpQsLFN9jco2h8RU9ZLaZkNiDNeIQ1Oi0r',
    { text: 'CLOJARS_PASSWORD=CLOJARS_6QXV6IACGULVBBPLDCPFBRBXD8JCTUAH4O4B52AGB1YBRHIFAI706OYEMMYQ', secret: 'CLOJARS_6QXV6IACGULVBBPLDCPFBRBXD8JCTUAH4O4B52AGB1YBRHIFAI706OYEMMYQ' },
  ],
  negative: [
    'CLOJARS_PASSWORD=CLOJARS_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'CLOJARS_PASSWORD=<your-clojars-deploy-token>',
    'CLOJARS_PASSWORD=${CLOJARS_PASSWORD}',
    'CLOJARS_PASSWORD=CLOJARS_gosv2vb59ksyz63wn79bjdkqczi5o2df95suycf9sml64jvhfckod8023',
    'CLOJARS_PASSWORD=CLOJARS_2r48n83cnrut5jclupa1w1au8h30717lq0wb9js90f9k3y44eh7qwdzgmpp95Qj',
    'CLOJARS_USERNAME=deploybot',
  ],
};
export default fixtures;
