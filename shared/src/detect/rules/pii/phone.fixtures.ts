import type { RuleFixtures } from '../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '+1 (415) 555-2671',
    '+44 20 7946 0958',
    { text: 'Ticket #4471: customer asks to be called back at (415) 555-2671 after 5pm.', secret: '(415) 555-2671' },
    { text: 'name,phone\nLena Vogt,+49 (0)30 1234567\n', secret: '+49 (0)30 1234567' },
    { text: '2024-03-02 11:04:55 WARN sms delivery failed to=+4915112345678 retry=3', secret: '+4915112345678' },
    { text: '{"phone":"+33 6 12 34 56 78","country":"FR"}', secret: '+33 6 12 34 56 78' },
    { text: 'Office: 020 7946 0958, mobile 07700 900123', secret: '020 7946 0958' },
    { text: 'Office: 020 7946 0958, mobile 07700 900123', secret: '07700 900123' },
    { text: 'Tel.: 030 12345678 (Zentrale)', secret: '030 12345678' },
    { text: 'Rappelez-moi au 06 12 34 56 78 svp', secret: '06 12 34 56 78' },
    { text: 'Mob 0412 345 678 (AU)', secret: '0412 345 678' },
    { text: 'fax 415.555.2671 or toll free 1-800-555-0199', secret: '1-800-555-0199' },
    { text: 'WhatsApp +91 98765 43210', secret: '+91 98765 43210' },
  ],
  negative: [
    'released 2024-01-15 at 10:30:45, build 2024.01.15',
    'version 1.2.3.4 and Windows 10.0.19041.1',
    'id=12345678901234 order 9876543210 ts 1705312345678',
    'const data = [0, 12, 345, 6789, 10, 20, 4155552671];',
    'created_at: 2024-01-15T10:30:45.123+05:30',
    'listen 192.168.100.200 port 8080',
    'card 4111 1111 1111 1111',
    'user_4155552671_id and key4155552671',
    'x = a+1234567890 + b',
    '0000: 0a 01 23 45 67 89 ff 00',
    'ISBN 978-3-16-148410-0',
    'Date 15.01.2024 10.30, 01.02.2024',
    'color #0a0b0c and 0x7ff00000',
    'sum = +10000000000',
    '51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA',
    'SSN 078-05-1120 (the wallet card sample)',
    'console.log(buf); // Prints: <Buffer 01 02 03 04 05>',
  ],
};
export default fixtures;
