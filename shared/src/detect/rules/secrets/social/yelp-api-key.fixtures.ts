import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'YELP_API_KEY=woVdhUDNxoLzOkmHA-Lp0wv3yh7vy5ew1-qqoDijSE_rLk36BEhyAsQKu8UUzGefnQCFVwxkjiWYtNHS0yIJsZ_bWacvU-rOZfJnWWdqMQ6vL4qAY6W8UhXYn261V6Zm', secret: 'woVdhUDNxoLzOkmHA-Lp0wv3yh7vy5ew1-qqoDijSE_rLk36BEhyAsQKu8UUzGefnQCFVwxkjiWYtNHS0yIJsZ_bWacvU-rOZfJnWWdqMQ6vL4qAY6W8UhXYn261V6Zm' },
    { text: '{"yelp_api_key": "HIGNjJdbZ1OEMwEQNZkdUpFksWsx2F5ULfjQDJSZ9VBVgvGhzwv19fOpycnfdEHgf65e_xJI-t6I68uv9uegBRG7BCHwZQkI7neV1qpyG3Fpo0l_cVWbsjPSpHJPKty4"}', secret: 'HIGNjJdbZ1OEMwEQNZkdUpFksWsx2F5ULfjQDJSZ9VBVgvGhzwv19fOpycnfdEHgf65e_xJI-t6I68uv9uegBRG7BCHwZQkI7neV1qpyG3Fpo0l_cVWbsjPSpHJPKty4' },
    { text: 'yelp_api_key: xcWAOJBf7TZ9i8BPYST8ECaTeRhS0zF-YSt6Z8ETUg19YSHf3OpEq5Pu4ilUvdoO1BXqOqq5WGYJDoPUAA8rlsrnNGWu1fIktrXOLE73BaRWmfxmHfwX6sX7GD24S68u', secret: 'xcWAOJBf7TZ9i8BPYST8ECaTeRhS0zF-YSt6Z8ETUg19YSHf3OpEq5Pu4ilUvdoO1BXqOqq5WGYJDoPUAA8rlsrnNGWu1fIktrXOLE73BaRWmfxmHfwX6sX7GD24S68u' },
    { text: 'export YELP_API_KEY="sOfT9fIPaIrOEbIsz82jt4gKKKS-Tp8uQXhWOomPW66z0NhrbofNJ4BvDcYzN9Y1-FwvOoe6qBkrZMJmrrO39mkpUeK9-iTSkRifZeVNTpJIbqrCy7ARSDW-yE3LOfsJ"', secret: 'sOfT9fIPaIrOEbIsz82jt4gKKKS-Tp8uQXhWOomPW66z0NhrbofNJ4BvDcYzN9Y1-FwvOoe6qBkrZMJmrrO39mkpUeK9-iTSkRifZeVNTpJIbqrCy7ARSDW-yE3LOfsJ' },
    { text: 'const yelpApiKey = \'jz6wx5GvbwLKiB6aZfwuwPi0TQaBnFkoQ62p61IcGVoonm77iZ35_ziYWkQlcGSsD1MIGmrjKL3j2dCmBKDM6F6WV49EVZosGUG0anB6bTd8Q0AZwbo-5loSV63fVgLu\';', secret: 'jz6wx5GvbwLKiB6aZfwuwPi0TQaBnFkoQ62p61IcGVoonm77iZ35_ziYWkQlcGSsD1MIGmrjKL3j2dCmBKDM6F6WV49EVZosGUG0anB6bTd8Q0AZwbo-5loSV63fVgLu' },
  ],
  negative: [
    'YELP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
    'YELP_API_KEY=${YELP_API_KEY}',
    'YELP_API_KEY=<your-yelp-api-key>',
    '"etag": "DT0I8r3pl735uLWSwW2Olz1NL3gYrneoF7Rq2KyaG-t5n3e21yjr4RyreWiNfSM84g5b2Yxo5udHMHl3oYYTp9_47ljjWt6mU3BkX9gx5xNmREziUsW7RfH_Izrzzcw7"',
    'YELP_API_KEY=DT0I8r3pl735uLWSwW2Olz1NL3gYrneoF7Rq2KyaG-t5n3e21yjr4RyreWiNfSM84g5b2Yxo5udHMHl3oYYTp9_47ljjWt6mU3BkX9gx5xNmREziUsW7RfH_Izrzzcw7cw7',
    'YELP_API_KEY=DT0I8r3pl735uLWSwW2Olz1NL3gYrneoF7Rq2KyaG-t5n3e21yjr4RyreWiNfSM84g5b2Yxo5udHMHl3oYYTp9_47ljjWt6mU3BkX9gx5xNmREziUsW7RfH_Izrzz',
    'api_key=iY9yxAIs6GOv-IgvZKCbM7Kksxrq4uhtC21kuacGabe8Ea6Gbny7tTQdmoAlkq1lFBEH9DG-ZWyVOYcf_InNf07JdtuOPcBYUOGdis4Ndq_eugtSoR8XqRReDDG3CbPv',
  ],
};
export default fixtures;
