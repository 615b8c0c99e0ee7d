import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'LIGHTSTEP_ACCESS_TOKEN=gXA+smTTD2Q8EzT+/D1fWfSb1LLj+B42jClNwf50hFc1PG4pSK3spkGbcrn8tTumuEZG1rztt1X0gtc77+OH', secret: 'gXA+smTTD2Q8EzT+/D1fWfSb1LLj+B42jClNwf50hFc1PG4pSK3spkGbcrn8tTumuEZG1rztt1X0gtc77+OH' },
    { text: '{"lightstep_access_token": "8wtfg5FbdLNKc1Dot76ZLvBAwa5ah5KNJ8noo7zToSRybKrmuDcdCZcR8+mxlP5zUPA0bhc6M2lkR6g76wDw"}', secret: '8wtfg5FbdLNKc1Dot76ZLvBAwa5ah5KNJ8noo7zToSRybKrmuDcdCZcR8+mxlP5zUPA0bhc6M2lkR6g76wDw' },
    { text: 'lightstep_access_token: E8SvO5kLZQXYCPjJ9XmmYj3ifGSFyJlogU7rZUOilYgJIaUGQnN2HMZLKm7bfdsqtvjReO0UCvRTUGupgJQU', secret: 'E8SvO5kLZQXYCPjJ9XmmYj3ifGSFyJlogU7rZUOilYgJIaUGQnN2HMZLKm7bfdsqtvjReO0UCvRTUGupgJQU' },
    { text: 'export LIGHTSTEP_ACCESS_TOKEN="XDTtXmrPFdzbJyLAFbqeJWeRehiU/i/FK1PyL1InQgeG94excPCSz1m9LUcuaMB/0mn0RA1Clull7pJUeelU"', secret: 'XDTtXmrPFdzbJyLAFbqeJWeRehiU/i/FK1PyL1InQgeG94excPCSz1m9LUcuaMB/0mn0RA1Clull7pJUeelU' },
    { text: 'const lightstepAccessToken = \'UZqoT09HF/CXWk55ksTRGWxC6Pk5zeBKJqFteQfUnBSN8OR1TlLbcCJ+84UhR9E4sNGiuiQKcqoF6lKiPvoY\';', secret: 'UZqoT09HF/CXWk55ksTRGWxC6Pk5zeBKJqFteQfUnBSN8OR1TlLbcCJ+84UhR9E4sNGiuiQKcqoF6lKiPvoY' },
  ],
  negative: [
    'LIGHTSTEP_ACCESS_TOKEN=xxxxxxxx/xxx/xxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'LIGHTSTEP_ACCESS_TOKEN=${LIGHTSTEP_ACCESS_TOKEN}',
    'LIGHTSTEP_ACCESS_TOKEN=<your-lightstep-access-token>',
    '"etag": "JIeUZrTr/H7O/Df9Ss8Og1bnJGZMaOaVKNCJ/X5Fsafdug8Gw9Ky7qvE6ztsx62FsEnmg9oBgoMahLTqQYqF"',
    'token: 9NRHjHN9gy9wtQhzlet3t4C1J93T0xMlvKzryd/ehRi41IBmZBLaPIpFxvkH5AZyGzav+i0sJeNq0mHUzD/T',
  ],
};
export default fixtures;
