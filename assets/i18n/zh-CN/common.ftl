screen-workout = 训练
screen-history = 历史
screen-progress = 进步
screen-insights = 分析
screen-exercises = 动作
screen-body = 身体
screen-settings = 设置
screen-programs = 计划

language-system = 系统语言
language-system-named = 系统语言（{ $language }）
settings-language = 语言
settings-language-hint = 数字和日期随语言显示。输入重量时，任何语言都可以用逗号或小数点。

count-workouts = { $count } 次训练
count-sets = { $count } 组
count-exercises = { $count } 个动作
