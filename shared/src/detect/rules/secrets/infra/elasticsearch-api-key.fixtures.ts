import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'ELASTIC_API_KEY=c3dVejQ3SFBTVWtXclhxR2xGckU6X1JIb1g1cnYxVTNPbmFBZWlkYVYxMg==', secret: 'c3dVejQ3SFBTVWtXclhxR2xGckU6X1JIb1g1cnYxVTNPbmFBZWlkYVYxMg==' },
    { text: '{"elasticsearch_api_key": "YmhJVUxmWC1NUDNaWnhZREtEUmk6cGEyYXBUQ2d1SkpxY2pmRGhMWmZEUg==", "region": "eu-west-1"}', secret: 'YmhJVUxmWC1NUDNaWnhZREtEUmk6cGEyYXBUQ2d1SkpxY2pmRGhMWmZEUg==' },
    { text: '  elasticsearch_api_key: cFFVcjl6X2NqcTlVVER2OFNfWVA6Vl9wSnpQSjBLZGNWQVFldzVWWEYyYg==', secret: 'cFFVcjl6X2NqcTlVVER2OFNfWVA6Vl9wSnpQSjBLZGNWQVFldzVWWEYyYg==' },
    { text: 'export ELASTIC_API_KEY="cmxiWlJqNUZ5OFlXYTQ4SDktZGQ6RnpPb1Rpc2NiaVhoRkhBdUdxWnVXUg=="', secret: 'cmxiWlJqNUZ5OFlXYTQ4SDktZGQ6RnpPb1Rpc2NiaVhoRkhBdUdxWnVXUg==' },
    { text: 'const elasticsearchApiKey = \'NjlFSlloci1xY0h6MHNUVWp4Q0I6RXNsdEJ5VEN4UXA1bG1Gd0FCV19TTg==\';', secret: 'NjlFSlloci1xY0h6MHNUVWp4Q0I6RXNsdEJ5VEN4UXA1bG1Gd0FCV19TTg==' },
    { text: 'curl -H "Authorization: ApiKey VU5FdHNPb0I4WllSOVQxS0JVMkM6Z0R5bXY3dElFZ0RZcGltaFU0ZGpWSg==" https://search.acme.io:9243/_cat/indices', secret: 'VU5FdHNPb0I4WllSOVQxS0JVMkM6Z0R5bXY3dElFZ0RZcGltaFU0ZGpWSg==' },
  ],
  negative: [
    'ELASTIC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ELASTIC_API_KEY=<your-elasticsearch-api-key>',
    'ELASTIC_API_KEY=${ELASTIC_API_KEY}',
    'checksum: cTNFQWR5N2ZVYkI4b0d4VHZnR2Y6UGV6aHhrRnlyYnBQS19LOVpJeFFfYw==',
    'const ref = "eEVhbUFoX2tQQy1jSTlpdk43V186N3lJbTBXZVZpSG5kVHQwMDdTUzR6SQ==";',
    'ELASTIC_API_KEY=lT5OKvz0QQhXFTQR+1z552FwsCmwn7jwihxY9VXcN7wqFpK5CSZHsT8l',
  ],
};
export default fixtures;
