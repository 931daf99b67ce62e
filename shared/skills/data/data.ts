// Data engineering, analytics, BI and machine learning skills. Format: see software.ts.
export const DATA = `# data-engineering
Data Engineering|data engineer,data infrastructure>ETL,Data Pipelines,Apache Spark,SQL
ETL|elt,etl pipelines,extract transform load,data integration>Data Pipelines,SQL
Data Pipelines|data pipeline,data workflows,batch processing>ETL,Apache Airflow
Apache Spark|pyspark,spark sql,!Spark>Databricks,Hadoop,Scala
Databricks|delta lake,databricks lakehouse>Apache Spark
Hadoop|hdfs,mapreduce,apache hadoop>Apache Spark,Hive
!Hive|apache hive,hiveql>Hadoop,SQL
Presto|trino>SQL
Apache Flink|flink>Stream Processing
Stream Processing|streaming data,real-time data,real-time processing,stream processing>Apache Kafka,Apache Flink
Apache Airflow|airflow>Data Pipelines,Python
Dagster|>Apache Airflow
Prefect|>Apache Airflow
dbt|data build tool,dbt core,dbt cloud>SQL,Data Warehousing
Fivetran|airbyte>ETL
Informatica|informatica powercenter>ETL
Talend|>ETL
SSIS|sql server integration services>ETL,Microsoft SQL Server
SSRS|sql server reporting services>Microsoft SQL Server,Reporting
SSAS|>Microsoft SQL Server
Data Warehousing|data warehouse,data warehouses,edw,data lake,data lakes,lakehouse>Snowflake,BigQuery,Amazon Redshift
!Snowflake|snowflake data cloud,snowpark>Data Warehousing,SQL
BigQuery|google bigquery,big query>Data Warehousing,Google Cloud Platform
Amazon Redshift|redshift>Data Warehousing,AWS
Apache Iceberg|apache hudi>Data Warehousing
Parquet|avro>Data Engineering
Data Quality|data validation,great expectations>Data Engineering
Data Governance|data stewardship,data catalog,metadata management,collibra,alation>Data Quality
Master Data Management|mdm>Data Governance
Big Data|big data technologies>Hadoop,Apache Spark
Data Migration|>ETL
Change Data Capture|cdc,debezium>Apache Kafka
Data Mesh|>Data Engineering
# analytics
Data Analysis|data analytics,analytics,analyzing data,analysing data,data analyst>SQL,Microsoft Excel,Python,Statistics
Statistics|statistical analysis,statistical modeling,statistical modelling,applied statistics,biostatistics,inferential statistics>R,Data Analysis,Probability
Probability|probability theory>Statistics
A/B Testing|ab testing,a/b tests,split testing,experimentation,online experiments,experiment design>Statistics,Product Analytics
Hypothesis Testing|>Statistics,A/B Testing
Regression Analysis|linear regression,logistic regression,regression models>Statistics,Machine Learning
Time Series Analysis|time series,forecasting models,arima>Statistics,Forecasting
Forecasting|demand forecasting,sales forecasting,financial forecasting>Time Series Analysis
Causal Inference|econometrics,difference-in-differences>Statistics
Bayesian Statistics|bayesian methods,bayesian inference,pymc>Statistics
Survival Analysis|>Statistics
Data Visualization|data visualisation,dataviz,data storytelling,visualizations,dashboards,dashboarding>Tableau,Power BI,Looker
Tableau|tableau desktop,tableau server>Data Visualization,Business Intelligence
Power BI|powerbi,power bi desktop,dax,power query>Data Visualization,Microsoft Excel,Business Intelligence
Looker|lookml,looker studio,google data studio,data studio>Data Visualization,Business Intelligence
Qlik|qlikview,qlik sense>Business Intelligence
Metabase|>Business Intelligence
Apache Superset|superset>Business Intelligence
Mode Analytics|>SQL
Sisense|domo,thoughtspot>Business Intelligence
MicroStrategy|>Business Intelligence
Business Intelligence|bi,bi tools,business intelligence tools>Tableau,Power BI,SQL
!!Reporting|kpi reporting,management reporting,ad hoc reporting>Business Intelligence
Product Analytics|mixpanel,amplitude,heap analytics,pendo,posthog>A/B Testing,Google Analytics
Google Analytics|ga4,google analytics 4,universal analytics>Web Analytics
Web Analytics|adobe analytics,google tag manager,tag management>Google Analytics
Microsoft Excel|!Excel,ms excel,excel spreadsheets,advanced excel,spreadsheets,vlookup,xlookup,pivot tables,excel macros>Data Analysis,Google Sheets
Google Sheets|>Microsoft Excel
SAS|sas programming,sas enterprise guide,base sas>Statistics
SPSS|ibm spss>Statistics
Stata|>Statistics,Econometrics
Alteryx|>Data Analysis
KNIME|>Data Analysis
RStudio|r shiny>R
tidyverse|dplyr,ggplot2,data.table>R
Jupyter|jupyter notebooks,jupyterlab,ipython>Python
pandas|>Python,NumPy,Data Analysis
NumPy|numpy arrays>Python,pandas
SciPy|>Python,NumPy
Polars|>pandas
Matplotlib|seaborn,plotly>Python,Data Visualization
Quantitative Analysis|quantitative research,quant>Statistics
Market Research|market analysis,consumer research,competitive analysis,competitor analysis>Data Analysis
Survey Design|surveys,qualtrics,surveymonkey>Market Research
Customer Segmentation|segmentation,clustering analysis>Data Analysis
Cohort Analysis|retention analysis,funnel analysis>Product Analytics
KPI Tracking|kpis,metrics definition>Reporting
Operations Research|linear programming,optimization models,mathematical optimization,gurobi>Mathematics
Mathematics|applied mathematics,linear algebra,calculus,discrete mathematics>Statistics
Actuarial Science|actuarial>Statistics,Insurance Industry
Geospatial Analysis|gis,arcgis,qgis,geospatial,spatial analysis>Data Analysis
# ml
Machine Learning|ml,machine-learning,predictive modeling,predictive modelling,ml models>Python,Deep Learning,Statistics,scikit-learn
Deep Learning|neural networks,deep neural networks,dnn>Machine Learning,PyTorch,TensorFlow
PyTorch|torch,pytorch lightning>Deep Learning,Python
TensorFlow|tensorflow 2,tfx>Deep Learning,Keras
!Keras|>TensorFlow,Deep Learning
JAX|flax>Deep Learning
scikit-learn|sklearn,scikit learn>Machine Learning,Python
XGBoost|lightgbm,catboost,gradient boosting>Machine Learning
Natural Language Processing|nlp,natural language understanding,nlu,text mining,text analytics>Machine Learning,Large Language Models
Computer Vision|image processing,image recognition,object detection,image segmentation,opencv>Deep Learning
Large Language Models|llm,llms,generative ai,genai,gen ai,gpt,foundation models>Natural Language Processing,Prompt Engineering
Prompt Engineering|prompt design>Large Language Models
Retrieval-Augmented Generation|rag,retrieval augmented generation>Large Language Models,Vector Databases
LangChain|llamaindex,llama index>Large Language Models,Python
Hugging Face|huggingface,transformers library>Natural Language Processing,PyTorch
Transformers|transformer models,bert,attention models>Deep Learning,Natural Language Processing
OpenAI API|openai,chatgpt api,gpt-4>Large Language Models
Fine-Tuning|fine tuning,rlhf,peft>Large Language Models,Deep Learning
Reinforcement Learning|rl,deep reinforcement learning>Machine Learning
Recommender Systems|recommendation systems,recommendation engines,recsys,collaborative filtering>Machine Learning
Speech Recognition|asr,speech processing,text-to-speech,tts>Deep Learning
MLOps|ml ops,ml engineering,ml infrastructure,model deployment,ml pipelines>Machine Learning,Kubernetes
MLflow|kubeflow,weights & biases,wandb>MLOps
Feature Engineering|feature stores,feature store,feast>Machine Learning
Model Evaluation|model validation,cross-validation,model monitoring>Machine Learning
Anomaly Detection|fraud detection,outlier detection>Machine Learning
Data Science|data scientist>Machine Learning,Statistics,Python
Data Mining|>Machine Learning
Artificial Intelligence|!AI,ai/ml>Machine Learning
Explainable AI|xai,shap,model interpretability>Machine Learning
Responsible AI|ai ethics,ai safety,ai governance>Machine Learning
CUDA|gpu programming,cudnn>Deep Learning,C++
ONNX|tensorrt,model optimization>Deep Learning
Robotics|ros,robot operating system,ros2>Computer Vision,C++
Autonomous Vehicles|self-driving,adas,sensor fusion>Robotics
SLAM|>Robotics,Computer Vision
Signal Processing|dsp,digital signal processing>MATLAB
Scientific Computing|numerical methods,numerical analysis>Python,High Performance Computing
High Performance Computing|hpc,mpi,openmp,slurm>C++,Scientific Computing
Bioinformatics|computational biology,genomics data,ngs analysis>Python,R
Quantum Computing|qiskit>Mathematics
`;
