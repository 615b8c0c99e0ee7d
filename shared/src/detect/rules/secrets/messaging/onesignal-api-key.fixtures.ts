import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'os_v2_app_xxxg2t4cz62wfj4bz77hgvi4isjo4ebk5dck43kaxj7f6fuuvlxql7wzhq7mzu772ba5jq4hsgsrgg46ajedecmxnj5xo7bqe364qckpjlutt2hwk',
    { text: 'ONESIGNAL_REST_API_KEY=os_v2_app_nfqgjomi4dnmmct4mvhtjr2bpn3ckfg353lqomaexx4wms4v2ujyjkviuxn3qpjbvxshmit4t2cgslwhrys35ib6jof3rgagmpcpvufm5l32dhis7', secret: 'os_v2_app_nfqgjomi4dnmmct4mvhtjr2bpn3ckfg353lqomaexx4wms4v2ujyjkviuxn3qpjbvxshmit4t2cgslwhrys35ib6jof3rgagmpcpvufm5l32dhis7' },
    { text: '{"onesignal_rest_api_key": "os_v2_app_uh5yrnrbwjp4pqexejsf7ssh2buffgobj346afwaoznyjdtfgvyih6ch55fgiv7jcu7wig5nqxwgblnun4ik4f3tcrlansjl7qylhuqv2hjwyg4pp"}', secret: 'os_v2_app_uh5yrnrbwjp4pqexejsf7ssh2buffgobj346afwaoznyjdtfgvyih6ch55fgiv7jcu7wig5nqxwgblnun4ik4f3tcrlansjl7qylhuqv2hjwyg4pp' },
    { text: 'onesignal_rest_api_key: os_v2_app_4r7oqa4jb5nlnq5kwezl2absouohfzytsnvwlenlcmga25hp47rzjnu3nqm4yvwdhhr7uglrv4ok647mhqhnfazljepkfhtuke4jkqfiytysjx7gm', secret: 'os_v2_app_4r7oqa4jb5nlnq5kwezl2absouohfzytsnvwlenlcmga25hp47rzjnu3nqm4yvwdhhr7uglrv4ok647mhqhnfazljepkfhtuke4jkqfiytysjx7gm' },
    { text: 'export ONESIGNAL_REST_API_KEY="os_v2_app_6ulbvb66xfzethz5hoognavwbtks5pxp7tryhsxoxwmbpkv2qc3kzon4slcernsdjbsssn6yw3inb647b5sew4f7pcxntm3zrow7e7pablgpb5mqp"', secret: 'os_v2_app_6ulbvb66xfzethz5hoognavwbtks5pxp7tryhsxoxwmbpkv2qc3kzon4slcernsdjbsssn6yw3inb647b5sew4f7pcxntm3zrow7e7pablgpb5mqp' },
    { text: 'const onesignalRestApiKey = \'os_v2_app_eh2da23ycgz2zbzp32r6h3w4kan7yg6bkguac5c7jvaj2zhnlpnvaovibbychbmo4yzfmx3kxdfzzfuuwxtz3a32zetw6fkx3igzpsigt3s7ugdwu\';', secret: 'os_v2_app_eh2da23ycgz2zbzp32r6h3w4kan7yg6bkguac5c7jvaj2zhnlpnvaovibbychbmo4yzfmx3kxdfzzfuuwxtz3a32zetw6fkx3igzpsigt3s7ugdwu' },
  ],
  negative: [
    'ONESIGNAL_REST_API_KEY=os_v2_xxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'ONESIGNAL_REST_API_KEY=${ONESIGNAL_REST_API_KEY}',
    'ONESIGNAL_REST_API_KEY=<your-onesignal-api-key>',
  ],
};
export default fixtures;
