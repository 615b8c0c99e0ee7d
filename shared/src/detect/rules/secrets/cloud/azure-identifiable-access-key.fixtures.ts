import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    '9V+qtT+mlIIIQrYzMrXTkzSnkq6FDrFQS+AEh7GmbEe=',
    { text: 'AZURE_STORAGE_KEY=KqcY1FIkOvYRq+h8+SrcteBg91swCLtnnnHeQtnQyTFCzjXUR5JvesvxkfLu70gs1buZoZUrrkDo+AStsKtonZ==', secret: 'KqcY1FIkOvYRq+h8+SrcteBg91swCLtnnnHeQtnQyTFCzjXUR5JvesvxkfLu70gs1buZoZUrrkDo+AStsKtonZ==' },
    { text: '{"storage_key": "lscy+rqieNBnec/huzXKTj0L3++/KWiYX+AEhI47U3M=", "region": "eu-west-1"}', secret: 'lscy+rqieNBnec/huzXKTj0L3++/KWiYX+AEhI47U3M=' },
    { text: '  storage_key: efbkf5g/DyKqZnMDlnduEzkbK0Mo7h/QP82BHPalCrJqHBURVt0xDAW7ePkJq4MboiPMMAwYB7VH+ASt9+MR1C==', secret: 'efbkf5g/DyKqZnMDlnduEzkbK0Mo7h/QP82BHPalCrJqHBURVt0xDAW7ePkJq4MboiPMMAwYB7VH+ASt9+MR1C==' },
    { text: 'export AZURE_STORAGE_KEY="R1psoZV2fKebbL9u5DP1c8FcQhGxyTl0vhKTGd8waqftZL1T0LmKzIqi/vKr426CTGKxdYZWICQp+AStSX0vR8=="', secret: 'R1psoZV2fKebbL9u5DP1c8FcQhGxyTl0vhKTGd8waqftZL1T0LmKzIqi/vKr426CTGKxdYZWICQp+AStSX0vR8==' },
    { text: 'const storageKey = \'ihfW3EFHLP7a3PD8yVG0SlOMsSdQhRZYJ1JFrBpJQqxIHx5ekrfXDZh/legoOUAx2Y90976APi/N+ASt91eD4p==\';', secret: 'ihfW3EFHLP7a3PD8yVG0SlOMsSdQhRZYJ1JFrBpJQqxIHx5ekrfXDZh/legoOUAx2Y90976APi/N+ASt91eD4p==' },
    { text: '- name: AZURE_STORAGE_KEY\n  value: "sGzAcJpSeW7Gh0xaYnD2uY27jfTsyaKki+ASb7uEIzJ="', secret: 'sGzAcJpSeW7Gh0xaYnD2uY27jfTsyaKki+ASb7uEIzJ=' },
    // A sentence's full stop after the padding.
    { text: 'Use Qm4xHd0pV7sLr2cTw9Ye1uBk6NfA3jZo8+ASbGh2Wv7=. It expires on Friday.', secret: 'Qm4xHd0pV7sLr2cTw9Ye1uBk6NfA3jZo8+ASbGh2Wv7=' },
  ],
  negative: [
    // A full stop that joins another word: a file name, not the end of a key.
    'restore from Qm4xHd0pV7sLr2cTw9Ye1uBk6NfA3jZo8+ASbGh2Wv7=.tar.gz',
    'AZURE_STORAGE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_STORAGE_KEY=<your-azure-identifiable-access-key>',
    'AZURE_STORAGE_KEY=${AZURE_STORAGE_KEY}',
    'blob: o1N/0IjmH7Yi2aQzX7LEBwGQiPF9vYhmIKIQSTMZYUHs/KwEeF2+YaxuEctWr44Q6c6iBv+AStt+cUH1==',
    'data: QkCc1b2be3Qn+Kcar1BiCiW0ubJ5WQTuOEhHyqTj0wBQkr0mrwcaBnlVJ33+Iegqq0PY5EPSfeH5V7vYX1mQwd8eBc2PpPRsCY1KizIbi8+5YxxIKEepUCXD+AStH5UVpr==',
  ],
};
export default fixtures;
