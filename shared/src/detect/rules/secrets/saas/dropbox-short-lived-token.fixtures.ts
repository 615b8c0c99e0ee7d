import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'sl.BhDmFl4drwqlOBEM-BwzjiWJ8AcwT_AKqD5pbf4XzRoHnChbeD32ITs1juNCEar57Ee2lkJywTdS9AISfERXOdKwbOz5RKUCcQ0m-Dx8iJK3y3xL5WJA-HYE1ocEVDgsFSwMNDhG',
    { text: 'DROPBOX_ACCESS_TOKEN=sl.Bp8kMQ0UzAVH5keWEteRIFu0XfSliZSr7QH3RbyYCv0bBTlzUVDnh6V2cYz_wEdBHoFUdX5b7HSmX7jDqusO52g6CFwxQH0HN4r3eLqmfFy8wFMELXWFukHXfGpylpQmBhqUXGAL', secret: 'sl.Bp8kMQ0UzAVH5keWEteRIFu0XfSliZSr7QH3RbyYCv0bBTlzUVDnh6V2cYz_wEdBHoFUdX5b7HSmX7jDqusO52g6CFwxQH0HN4r3eLqmfFy8wFMELXWFukHXfGpylpQmBhqUXGAL' },
    { text: '{"dropbox_access_token": "sl.B4kVUwml6qdn9vuwLMroSJ0i5jtD0FsGshZqB4Uk0o3VmPFweWq5lGqi1XSTUqFfF_Vp2TiJJaSUuDbZ0qvvdQRJupNjPJrG4G2eeMLekZ2mFcDqLdV_8Jd_U0t7sNPgrC1r4xRu"}', secret: 'sl.B4kVUwml6qdn9vuwLMroSJ0i5jtD0FsGshZqB4Uk0o3VmPFweWq5lGqi1XSTUqFfF_Vp2TiJJaSUuDbZ0qvvdQRJupNjPJrG4G2eeMLekZ2mFcDqLdV_8Jd_U0t7sNPgrC1r4xRu' },
    { text: 'dropbox_access_token: sl.BWrMD_8NlMxRBP_fKO4pQtg19WvHh_nudqSCqF_YPWdt4S6zkvhpx4KcX4C0wJuJhigVSC7PMddH-kYyYp8JpSALNJyxUJ3m0x4whpL5qTe4YcoXdOPk2acs9czDIY5PQSeMwrJn', secret: 'sl.BWrMD_8NlMxRBP_fKO4pQtg19WvHh_nudqSCqF_YPWdt4S6zkvhpx4KcX4C0wJuJhigVSC7PMddH-kYyYp8JpSALNJyxUJ3m0x4whpL5qTe4YcoXdOPk2acs9czDIY5PQSeMwrJn' },
    { text: 'export DROPBOX_ACCESS_TOKEN="sl.Bh_9ZuyM-SBLslAp8Cc9myCkcwyeh3NzwmwGg_P9crmP_wXXlEh9NBzj6sUJ71-35KeeY__UdunJ0Y4gMaZdWFidAaT3ZD44rDSDAQ1hVHy1vW3fLccZ7UBv6eflhzDkEvsx2zh3"', secret: 'sl.Bh_9ZuyM-SBLslAp8Cc9myCkcwyeh3NzwmwGg_P9crmP_wXXlEh9NBzj6sUJ71-35KeeY__UdunJ0Y4gMaZdWFidAaT3ZD44rDSDAQ1hVHy1vW3fLccZ7UBv6eflhzDkEvsx2zh3' },
    { text: 'const dropboxAccessToken = \'sl.BrGAVGtmfkl4KjCcw6k7L_Y5eXiuAinsJtkVqX5d4Qnq5-SKI4V8pbAx0pgL29UcH7-A7xCyrHrovaHsFMxZZlvBSeynJb5uGSCslouF_YgMXupBW5F1HW6RtRpnzcM5wYEcoHJW\';', secret: 'sl.BrGAVGtmfkl4KjCcw6k7L_Y5eXiuAinsJtkVqX5d4Qnq5-SKI4V8pbAx0pgL29UcH7-A7xCyrHrovaHsFMxZZlvBSeynJb5uGSCslouF_YgMXupBW5F1HW6RtRpnzcM5wYEcoHJW' },
  ],
  negative: [
    'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxx_xx_xxxxxxxxxxxx',
    'DROPBOX_ACCESS_TOKEN=${DROPBOX_ACCESS_TOKEN}',
    'DROPBOX_ACCESS_TOKEN=<your-dropbox-short-lived-token>',
  ],
};
export default fixtures;
