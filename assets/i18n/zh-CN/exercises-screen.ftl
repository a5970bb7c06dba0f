# The exercise picker and the Exercises screen (ui/exercise_picker.rs, ui/library.rs).
# Names of the built-in exercises are in exercises.ftl.

# The exercise picker (workout and routines).
exercises-search = 搜索动作：
exercises-picker-hint = 例如：卧推、深蹲、ohp
exercises-all-muscle-groups = 全部肌群
exercises-filter-muscle-group = 按肌群筛选
exercises-add = 添加 { $name }
exercises-more = 还有 { $count } 个，继续输入
exercises-none-create = 没有匹配的动作。创建它：

# What a set of an exercise records.
exercises-kind-weight-reps = 重量 × 次数
exercises-kind-bodyweight-reps = 自重次数（+ 负重）
exercises-kind-reps-only = 仅次数
exercises-kind-duration = 时间
exercises-kind-distance-duration = 距离 + 时间
exercises-kind-weight-distance = 重量 + 距离

# The Exercises screen.
exercises-library-hint = 名称、肌肉，或 ohp、rdl…
exercises-order = 排序：
exercises-order-library = 按肌群
exercises-order-most-done = 最常做的在前
exercises-order-last-done = 最近做的在前
exercises-nothing-called = 动作库中没有名为“{ $query }”的动作（会搜索名称、肌肉和 ohp、rdl 等缩写）。请用上方的“创建自定义动作”创建它。
exercises-no-match = 没有匹配的动作
exercises-column-exercise = 动作
exercises-column-muscle-group = 肌群
exercises-column-equipment = 器械
exercises-column-logged-as = 记录方式
exercises-column-sessions = 训练次数
exercises-column-last-done = 上次训练
exercises-sessions = { $count } 次训练
exercises-sets-in-all = 共 { $count } 组
exercises-last-done-on = { $name } 上次训练于 { $day }
exercises-records-of = { $name } 的纪录

# The lifter's own exercises: rename, merge, delete.
exercises-new-name-for = { $name } 的新名称
exercises-save-name = 保存名称
exercises-cancel = 取消
exercises-choose = 选择…
exercises-merge-into = 将 { $name } 合并到
exercises-merge = 合并
exercises-rename = 重命名
exercises-rename-named = 重命名 { $name }
exercises-merge-ellipsis = 合并…
exercises-merge-named = 将 { $name } 合并到另一个动作
exercises-delete-question = 删除 { $name }？
exercises-delete = 删除
exercises-delete-yes = 是的，删除

# Creating a custom exercise (Exercises screen and workout).
exercises-create-custom = 创建自定义动作
exercises-form-name = 名称
exercises-form-name-hint = 例如：腰带深蹲
exercises-form-equipment = 器械
exercises-form-equipment-hint = 例如：器械
exercises-form-muscle-group = 肌群
exercises-form-records = 记录
exercises-form-create = 创建动作
