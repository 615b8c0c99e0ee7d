import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    { text: 'COSMOS_DB_KEY=z5SNeqGg/V+un6xz3UYPZxWzWkHvBmOG2QfxsSHvOfgFUdEtAW89jIEAzFXr33ggfa3kfZ03rILU1aQZQFtBzA==', secret: 'z5SNeqGg/V+un6xz3UYPZxWzWkHvBmOG2QfxsSHvOfgFUdEtAW89jIEAzFXr33ggfa3kfZ03rILU1aQZQFtBzA==' },
    { text: '{"cosmos_key": "s+qUrzkv0zmgdkKUubj3ZIdHt7Pgo5HMkVlx5D34oOB2ypVYYHJwGSWDwYZ5qSQTVIMWUN+zlCxHkQC7TJUDMA==", "region": "eu-west-1"}', secret: 's+qUrzkv0zmgdkKUubj3ZIdHt7Pgo5HMkVlx5D34oOB2ypVYYHJwGSWDwYZ5qSQTVIMWUN+zlCxHkQC7TJUDMA==' },
    { text: '  cosmos_key: FpKSisvtfVLcbD7fG1KACD2KFEz4SRgPyX3Wa7wosdwieXdTmk46PDk+YhtEjWK8cvbC/B8PDwMjRIXDTDDSDA==', secret: 'FpKSisvtfVLcbD7fG1KACD2KFEz4SRgPyX3Wa7wosdwieXdTmk46PDk+YhtEjWK8cvbC/B8PDwMjRIXDTDDSDA==' },
    { text: 'export COSMOS_DB_KEY="RfeVvn8flRVw+lpZ1xIyYZlVDeOaPKIbB+ni6GjSJsesY8U5CvX32uw2oonTa7pwbssBhJn/6DLgZfNz1OurmQ=="', secret: 'RfeVvn8flRVw+lpZ1xIyYZlVDeOaPKIbB+ni6GjSJsesY8U5CvX32uw2oonTa7pwbssBhJn/6DLgZfNz1OurmQ==' },
    { text: 'const cosmosKey = \'oyL2q/o48uRij5wvEMxKMDcuLxH6rq6ZZpU6aRxT7AnsXSEM+sQXfvV2S5+obvkCx49qMBllWdo7n27GPkjRMQ==\';', secret: 'oyL2q/o48uRij5wvEMxKMDcuLxH6rq6ZZpU6aRxT7AnsXSEM+sQXfvV2S5+obvkCx49qMBllWdo7n27GPkjRMQ==' },
    { text: 'AccountEndpoint=https://orders.documents.azure.com:443/;AccountKey=5Q4bTRtPqtxCPbmPSCOntrrFbV+/ITFO9q6s4LLvVeRg91Qp6Qf/l5Ds7c2Qc9aHqo1Z8EwMHb9Jpikn5rVoJg==;', secret: '5Q4bTRtPqtxCPbmPSCOntrrFbV+/ITFO9q6s4LLvVeRg91Qp6Qf/l5Ds7c2Qc9aHqo1Z8EwMHb9Jpikn5rVoJg==' },
  ],
  negative: [
    'COSMOS_DB_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'COSMOS_DB_KEY=<your-azure-cosmosdb-key>',
    'COSMOS_DB_KEY=${COSMOS_DB_KEY}',
    'COSMOS_DB_KEY=piA1P0pAm7Gz90sj7t3pbvwYV9POFFq5dScqrqMwjQuM7yxD7vh3SS+NqYzL5voSV5KDjACMuZfu618VZ24BL',
    'COSMOS_DB_KEY=LeORuspU5ufc+pM87MYwHMm62bwOOHWfK3pa/3VIbQqyrFSmFdlxHhdjfJlzYtwx5ACkIF54OqU5WBzzf/sO0g==QWi',
    'checksum: zyV0//OXpGy3KfIAk73AWsCxWoeLB6e/0hOwbipi8OVFPalwEfIunEjqAmKp5qGRDLaEvVfyvCZCV5LGE3IUCQ==',
    'const ref = "tLqgFCoqt15aJqwFHZkkBL/1sjsfLUh2u+ros3hW2EQs0AUj7UhkZVoK8f1gPCy8OCbAjzBksYwgMJpWLB6ZCg==";',
  ],
};
export default fixtures;
