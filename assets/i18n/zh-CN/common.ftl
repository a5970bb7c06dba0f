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

# 各界面共用的按钮与词语。
common-cancel = 取消
common-save = 保存
common-remove = 移除
common-edit = 编辑
common-start = 开始
common-dismiss = 忽略
common-delete = 删除…
common-yes-delete = 确定删除
common-keep-it = 保留
common-undo = 撤销
common-redo = 重做
common-reps = 次数
common-time = 时间
# 一组中各字段的无障碍名称：“卧推 第 1 组 重量”。
common-field-weight = 重量
common-field-reps = 次数
common-field-distance = 距离
common-field-time = 时间
common-field-type = 类型
common-field-note = 备注
common-field-as = { $who } 设为{ $type }
set-type-normal = 正式组
set-type-warm-up = 热身组
set-type-drop = 递减组
set-type-failure = 力竭组
set-type-cool-down = 放松组
common-refused-not-a-number = { $what }：“{ $text }”不是数字
common-refused-not-whole = { $what }：“{ $text }”不是整数
common-refused-not-a-time = { $what }：“{ $text }”不是时间（m:ss）
common-refused-out-of-range = { $what }：{ $text } 超出范围（{ $range }）
