import {walkSite} from '../helpers/site-walk';

walkSite(0, 2);
