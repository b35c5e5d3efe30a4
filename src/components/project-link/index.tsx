import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { TEXT_BUTTON } from '../../utils/a11y';
import './index.scss';

export const projectPageUrl = (projectId: string) => `/subpackages/projects/pages/project/index?id=${projectId}`;

/** A ticket's or a visit's way to its project (C6: tickets and visits link to their project). */
export function ProjectLink({ projectId, label = '查看项目进度 ›' }: { projectId: string; label?: string }) {
  return (
    <Text
      {...TEXT_BUTTON}
      className="project-link"
      data-project-link={projectId}
      onClick={() => void Taro.navigateTo({ url: projectPageUrl(projectId) })}
    >
      {label}
    </Text>
  );
}
