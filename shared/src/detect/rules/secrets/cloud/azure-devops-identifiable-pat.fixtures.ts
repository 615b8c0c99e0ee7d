import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'mW22uOlInmqNUECmXi2dgNd4JDDpfpExtzFZRIefJgt6oszuUDh0q33AcDe88A1DhwtbpCO6nVcLAZDOci0u',
    { text: 'AZURE_DEVOPS_PAT=sVYojQ0CJcPMzBhfy9Z79kjoalygtT5k33jsXPPNHGWuLJxS7ngpHH2dsfyfYFqNIG1QyiDa88fjAZDO0pYq', secret: 'sVYojQ0CJcPMzBhfy9Z79kjoalygtT5k33jsXPPNHGWuLJxS7ngpHH2dsfyfYFqNIG1QyiDa88fjAZDO0pYq' },
    { text: '{"azure_devops_token": "r4gLURTnmbRDBAcSFlmYh5uQLBRRbHpCNj9r63FTHU53hMgpkD1SfQ67gz0wioCI9EcqOOlyRQFJAZDO10fD", "region": "eu-west-1"}', secret: 'r4gLURTnmbRDBAcSFlmYh5uQLBRRbHpCNj9r63FTHU53hMgpkD1SfQ67gz0wioCI9EcqOOlyRQFJAZDO10fD' },
    { text: '  azure_devops_token: 283Atnv78L74W72fiSPG6KvGjKk7rJS1SpI7XaBvCFN7XrZugj6hP542QCutNco4Juc2KTj8iMsEAZDO0Iqp', secret: '283Atnv78L74W72fiSPG6KvGjKk7rJS1SpI7XaBvCFN7XrZugj6hP542QCutNco4Juc2KTj8iMsEAZDO0Iqp' },
    { text: 'export AZURE_DEVOPS_PAT="HuZjUM57XSpGSFM8BjeqNEMdWVjFkdEH9gwHqY6f4EF4orOreS5y8bpkBXKkgmrkrr91cdtAsm2HAZDOjeNP"', secret: 'HuZjUM57XSpGSFM8BjeqNEMdWVjFkdEH9gwHqY6f4EF4orOreS5y8bpkBXKkgmrkrr91cdtAsm2HAZDOjeNP' },
    { text: 'const azureDevopsToken = \'gq0eYWL1qIxiFjjjnv9vvIwcxvNzjFh6SmJrKqpytuwhxwQfnrXLHN0D7OEWVGaQJw84eqgQPZ5iAZDOKQgU\';', secret: 'gq0eYWL1qIxiFjjjnv9vvIwcxvNzjFh6SmJrKqpytuwhxwQfnrXLHN0D7OEWVGaQJw84eqgQPZ5iAZDOKQgU' },
    { text: 'azure devops pat = Wq7Rk2LmZp9TfXc4HvB8nJd3GsYa6KeU1oQi5rNw0tMbDhVyCg8PJQQJ99BLACAAAAAAAAAAAAASAZDO3tmK', secret: 'Wq7Rk2LmZp9TfXc4HvB8nJd3GsYa6KeU1oQi5rNw0tMbDhVyCg8PJQQJ99BLACAAAAAAAAAAAAASAZDO3tmK' },
  ],
  negative: [
    'AZURE_DEVOPS_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'AZURE_DEVOPS_PAT=<your-azure-devops-identifiable-pat>',
    'AZURE_DEVOPS_PAT=${AZURE_DEVOPS_PAT}',
    'AZURE_DEVOPS_PAT=EBpqf3omkSJpwLT72qUXrYuYTaZj2m4SCd5eABNEt04cu1O0Z7QgzxpLkQbrgd2syv4dI7lCn9K0AZDOc',
    'AZURE_DEVOPS_PAT=BgxWaiQHi2jIvioHNYFWMCJ310kt8wpKxjOmXjvhudW5mYVBqRRBL2RVuKyguBm7SQkcAZg9zn8jAZDOhOeDs3R',
    'note: 5JDdYAEdWQGTbZWWfsnJAZDOyLVo',
    'AZURE_DEVOPS_PAT=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaJQQJ99BLACAAAAAAAAAAAAASAZDO3tmK',
  ],
};
export default fixtures;
