import type { ZoneSettings } from '../catalog-repo';

export const ZONE_SEED: ZoneSettings = {
  id: 'zone',
  version: 1,
  profile: {
    name: '平原经济开发区',
    tagline: '一区多园 · 零距离服务',
    structure: '“一区多园”：9大专业园区',
    intro: [
      '平原经济开发区位于山东省德州市平原县，聚焦主导产业、聚焦创新发展、聚焦追赶超越抓招商，聚力打造承载优质项目、高端产业的聚合大平台。',
    ],
    serviceModel: [
      '“五个一”：一个项目、一位领导、一套班子、一抓到底',
      '零距离上门服务，高效率代办帮办',
      '倒排工期、定责到人、全速推进',
    ],
  },
  // Pingyuan county's approximate centre: a map anchor, not a published park location.
  location: { latitude: 37.166, longitude: 116.434, label: '平原经济开发区（大致位置，园区具体位置待补充）' },
};
