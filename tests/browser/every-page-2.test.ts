import {walkSite} from '../helpers/site-walk';

walkSite(1, 2);
