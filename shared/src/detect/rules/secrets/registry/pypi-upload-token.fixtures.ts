import type { RuleFixtures } from '../../../rule';

const fixtures: RuleFixtures = {
  positive: [
    'pypi-AgEIcHlwaS5vcmcCJB6JldyxupaLuX2XNcIn44wRQrSulgnodgqILEd2Rj06KU_t1vRFhwkbbmQ6qzeaGvIOH50rd2Cm_qqL3ya-TuJQoYd9eDo8tidS8P-WK6JIl_1MkCjaRr_spwCaTCwXEjTHAfNY_t1z1x7XZxRSjDUmyo7XbPFut',
    { text: 'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcCJe327zdcQ1SYXIKjmpVpN9SD3McNb5sTkQt1NoHTsdmvcue2eHH--mzWuFmDx8Zwjlq9_0SM7AO-IA2Dd1EA0PWe-KK1m-uXHZCy_no5NQTVzbQFj1ognCunouKbTstlnTa5Za35oqVnRPEvtyKMevjAAzSAPMho3', secret: 'pypi-AgEIcHlwaS5vcmcCJe327zdcQ1SYXIKjmpVpN9SD3McNb5sTkQt1NoHTsdmvcue2eHH--mzWuFmDx8Zwjlq9_0SM7AO-IA2Dd1EA0PWe-KK1m-uXHZCy_no5NQTVzbQFj1ognCunouKbTstlnTa5Za35oqVnRPEvtyKMevjAAzSAPMho3' },
    { text: '{"pypi_token": "pypi-AgEIcHlwaS5vcmcCJmo5fv_dSRH9qNF5TTExkqBuAs3Vr93hrlgskBKznRIwzOfD4OIy-SAK2Wc98iuOpAk4rHeqZzm4WoA6TuTQMJU1K0I8tshFDoBEJXwJi-bVDo2RY1XQX8DKZ7xhFoeLfMjBpfKlcp9j9kpkeGuMC3urzkXw4iaK9", "region": "eu-west-1"}', secret: 'pypi-AgEIcHlwaS5vcmcCJmo5fv_dSRH9qNF5TTExkqBuAs3Vr93hrlgskBKznRIwzOfD4OIy-SAK2Wc98iuOpAk4rHeqZzm4WoA6TuTQMJU1K0I8tshFDoBEJXwJi-bVDo2RY1XQX8DKZ7xhFoeLfMjBpfKlcp9j9kpkeGuMC3urzkXw4iaK9' },
    { text: '  pypi_token: pypi-AgEIcHlwaS5vcmcCJiVqHW__OyD0VPMAHH9dCWjXgcyj7WemoplHx1tMTCf_sWf5y6kzHvkeEFGVASeGdzp1n0z9BRWM_FA75qU1f8LGHkV8aMPOA8CeFI8zn0GADN3zPjpRV9ypDSjTCJIWb8frb1aTNGe21cHV6uZ7PETXgSViixwka', secret: 'pypi-AgEIcHlwaS5vcmcCJiVqHW__OyD0VPMAHH9dCWjXgcyj7WemoplHx1tMTCf_sWf5y6kzHvkeEFGVASeGdzp1n0z9BRWM_FA75qU1f8LGHkV8aMPOA8CeFI8zn0GADN3zPjpRV9ypDSjTCJIWb8frb1aTNGe21cHV6uZ7PETXgSViixwka' },
    { text: 'export TWINE_PASSWORD="pypi-AgEIcHlwaS5vcmcCJONkfRdVjQCgE96kjz9EsyEtdgq157dhgZuInFSTpKeRSlaGOGGGhxMIxGsJm6p5aTwt90c46nEBG3lHL5T5_Hi0v0TkSJg7kQ-pelIOVxI7aJmjE_5_AcLEpdrOq8oDsRBGyYal0uoOTiXYUzORg3XCclp9rpRxA"', secret: 'pypi-AgEIcHlwaS5vcmcCJONkfRdVjQCgE96kjz9EsyEtdgq157dhgZuInFSTpKeRSlaGOGGGhxMIxGsJm6p5aTwt90c46nEBG3lHL5T5_Hi0v0TkSJg7kQ-pelIOVxI7aJmjE_5_AcLEpdrOq8oDsRBGyYal0uoOTiXYUzORg3XCclp9rpRxA' },
    { text: 'const pypiToken = \'pypi-AgEIcHlwaS5vcmcCJs5JFVJuWdKZWYxLNUlw0CbeV6fHHuDdfeRzO9tswxM0s7FBVhyYMbmz7wwc-lJK_m9UW9imA--lr5PSABj9vfKQlOeREn8I9nhdg8fJuSuFbTnkrd9_gqodnKLaVcW6sqECGyCHXlEUpJs_ojFpVPBzXkwALr3OX\';', secret: 'pypi-AgEIcHlwaS5vcmcCJs5JFVJuWdKZWYxLNUlw0CbeV6fHHuDdfeRzO9tswxM0s7FBVhyYMbmz7wwc-lJK_m9UW9imA--lr5PSABj9vfKQlOeREn8I9nhdg8fJuSuFbTnkrd9_gqodnKLaVcW6sqECGyCHXlEUpJs_ojFpVPBzXkwALr3OX' },
    { text: '[pypi]\n  username = __token__\n  password = pypi-AgEIcHlwaS5vcmcCJF6JYXOcty9f6zXPCiULhN4LdQB1OqsbhTVRURJn7Ig-vqxxDgqBPAi0PSoLWDzAh4ld3RArlmprY5d7MNJJwQj6VfHnD2TQX_o-_9ruIRr0Ulnz0cHnQA1orYCGWIic8TZUPbzkBJcyXjFMgxP5UZmY6G098flYI', secret: 'pypi-AgEIcHlwaS5vcmcCJF6JYXOcty9f6zXPCiULhN4LdQB1OqsbhTVRURJn7Ig-vqxxDgqBPAi0PSoLWDzAh4ld3RArlmprY5d7MNJJwQj6VfHnD2TQX_o-_9ruIRr0Ulnz0cHnQA1orYCGWIic8TZUPbzkBJcyXjFMgxP5UZmY6G098flYI' },
  ],
  negative: [
    'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'TWINE_PASSWORD=<your-pypi-upload-token>',
    'TWINE_PASSWORD=${TWINE_PASSWORD}',
    'pypi-AgEIcHlwaS5vcmc',
    'pypi-AgEIcHlwaS5vcmcrqOjHQoeCx6FCSHaqf96',
  ],
};
export default fixtures;
